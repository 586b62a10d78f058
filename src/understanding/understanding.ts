import { recognizeAge } from './age.js';
import { withoutContactDetails } from './contactDetails.js';
import { CrisisDetector, type CrisisSignal } from './crisis.js';
import { QualificationRecognizer } from './qualification.js';
import type { Qualification, Wish } from './types.js';
import { WishRecognizer } from './wish.js';
import { KnowledgeBase, type TopicMatch } from '../knowledge/knowledgeBase.js';

/** Everything the bot understands of free text; the dialogs and the `understand` CLI share it. */
export class Understanding {
  constructor(
    private readonly qualifications: QualificationRecognizer,
    private readonly wishes: WishRecognizer,
    private readonly crisisDetector: CrisisDetector,
    readonly knowledge: KnowledgeBase,
  ) {}

  static load(contentDir: string): Understanding {
    return new Understanding(
      QualificationRecognizer.load(contentDir),
      WishRecognizer.load(contentDir),
      CrisisDetector.load(contentDir),
      KnowledgeBase.load(contentDir),
    );
  }

  /** The age in an answer; digits inside a phone number or e-mail address are never an age. */
  age(text: string, today: Date): number | null {
    return recognizeAge(withoutContactDetails(text), today);
  }

  qualification(text: string): Qualification | null {
    return this.qualifications.recognize(text);
  }

  wish(text: string): Wish | null {
    return this.wishes.recognize(text);
  }

  crisis(text: string): CrisisSignal | null {
    return this.crisisDetector.detect(text);
  }

  topic(text: string): TopicMatch {
    return this.knowledge.match(text);
  }
}
