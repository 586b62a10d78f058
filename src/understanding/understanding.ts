import { recognizeAge } from './age.js';
import { withoutContactDetails } from './contactDetails.js';
import { ModelStore } from './classifier/modelStore.js';
import { CrisisCheck, type CrisisSignal } from './crisis.js';
import { type Language, LanguageGuess } from './language.js';
import { QualificationRecognizer } from './qualification.js';
import type { Command } from './phraseBook.js';
import { ReplyKindReader, type ReplyReading } from './replyKind.js';
import { TopicReader } from './topic.js';
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
    private readonly replies: ReplyKindReader,
    private readonly topics: TopicReader,
    readonly knowledge: KnowledgeBase,
  ) {}

  /** Loads the recognisers; trained models come from `models` (trained there when missing). */
  static load(contentDir: string, models: ModelStore = new ModelStore(modelsDir)): Understanding {
    const knowledge = KnowledgeBase.load(contentDir);
    return new Understanding(
      QualificationRecognizer.load(contentDir),
      WishRecognizer.load(contentDir),
      CrisisCheck.load(contentDir, models),
      LanguageGuess.load(contentDir, models),
      ReplyKindReader.load(contentDir, models),
      TopicReader.load(contentDir, models, new Set(knowledge.entries().map((entry) => entry.id))),
      knowledge,
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
    this.replies.warm();
    this.topics.warm();
  }

  crisis(text: string): CrisisSignal | null {
    return this.crisisCheck.detect(text);
  }

  /** What a message typed at an open question is; `command` is the phrase book's reading, if any. */
  reply(text: string, command: Command | null = null): ReplyReading {
    return this.replies.read(text, command);
  }

  language(text: string): Language {
    return this.languages.of(text);
  }

  topic(text: string): TopicMatch {
    return this.topics.match(text, this.knowledge.match(text));
  }
}
