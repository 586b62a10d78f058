import { recognizeAge } from './age.js';
import { withoutContactDetails } from './contactDetails.js';
import { ModelStore } from './classifier/modelStore.js';
import { CrisisCheck, type CrisisSignal } from './crisis.js';
import { type Language, LanguageGuess } from './language.js';
import { QualificationRecognizer } from './qualification.js';
import type { Qualification, Wish } from './types.js';
import { WishRecognizer } from './wish.js';
import { KnowledgeBase, type TopicMatch } from '../knowledge/knowledgeBase.js';
import { modelsDir } from '../paths.js';

/** Everything the bot understands of free text; the dialogs and the `understand` CLI share it. */
export class Understanding {
  constructor(
    private readonly qualifications: QualificationRecognizer,
    private readonly wishes: WishRecognizer,
    private readonly crisisCheck: CrisisCheck,
    private readonly languages: LanguageGuess,
    readonly knowledge: KnowledgeBase,
  ) {}

  /** Loads the recognisers; trained models come from `models` (trained there when missing). */
  static load(contentDir: string, models: ModelStore = new ModelStore(modelsDir)): Understanding {
    return new Understanding(
      QualificationRecognizer.load(contentDir),
      WishRecognizer.load(contentDir),
      CrisisCheck.load(contentDir, models),
      LanguageGuess.load(contentDir, models),
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

  /** Reads the trained models now; start-up calls it right after the bot is listening. */
  warm(): void {
    this.crisisCheck.warm();
    this.languages.warm();
  }

  crisis(text: string): CrisisSignal | null {
    return this.crisisCheck.detect(text);
  }

  language(text: string): Language {
    return this.languages.of(text);
  }

  topic(text: string): TopicMatch {
    return this.knowledge.match(text);
  }
}
