import { recognizeAge } from './age.js';
import { recognizeContactDetails, withoutContactDetails, type ContactDetails } from './contactDetails.js';
import { ModelStore } from './classifier/modelStore.js';
import { CrisisCheck, type CrisisSignal } from './crisis.js';
import { type Language, LanguageGuess } from './language.js';
import { AnswerReader } from './answerReader.js';
import { QualificationRecognizer } from './qualification.js';
import type { Command } from './phraseBook.js';
import { ReplyKindReader, type ReplyReading } from './replyKind.js';
import { FOREIGN_AGE_CUE, TextRecognizers } from './textRecognizers.js';
import { TopicReader } from './topic.js';
import { QUALIFICATIONS, WISHES, type Qualification, type Wish } from './types.js';
import { KnowledgeBase, type TopicMatch } from '../knowledge/knowledgeBase.js';
import { modelsDir } from '../paths.js';

/** Everything the bot understands of free text; the dialogs and the `understand` CLI share it. */
export class Understanding {
  constructor(
    private readonly qualifications: AnswerReader<Qualification>,
    private readonly wishes: AnswerReader<Wish>,
    private readonly crisisCheck: CrisisCheck,
    private readonly languages: LanguageGuess,
    private readonly replies: ReplyKindReader,
    private readonly topics: TopicReader,
    readonly knowledge: KnowledgeBase,
  ) {}

  /** Loads the recognisers; trained models come from `models` (trained there when missing). */
  static load(contentDir: string, models: ModelStore = new ModelStore(modelsDir)): Understanding {
    const knowledge = KnowledgeBase.load(contentDir);
    const rules = QualificationRecognizer.load(contentDir);
    return new Understanding(
      AnswerReader.load(contentDir, models, 'qualification', QUALIFICATIONS, (text) => rules.recognize(text)),
      AnswerReader.load(contentDir, models, 'wish', WISHES),
      CrisisCheck.load(contentDir, models),
      LanguageGuess.load(contentDir, models),
      ReplyKindReader.load(contentDir, models),
      TopicReader.load(contentDir, models, new Set(knowledge.entries().map((entry) => entry.id))),
      knowledge,
    );
  }

  private readonly recognizers = new TextRecognizers();

  /**
   * The age in an answer; digits inside a phone number or e-mail address are never an age. Dutch
   * is read by our own code; English and French by Recognizers-Text.
   */
  age(text: string, today: Date): number | null {
    const clean = withoutContactDetails(text);
    const dutch = recognizeAge(clean, today);
    const foreign = this.recognizers.age(clean, today);
    if (foreign === null) return dutch;
    return dutch === null || FOREIGN_AGE_CUE.test(clean) || this.language(text) !== 'nl' ? foreign : dutch;
  }

  /** A phone number or e-mail address to be called back on: our Belgian finders first, then Recognizers-Text's. */
  contactDetails(text: string): ContactDetails | null {
    return recognizeContactDetails(text) ?? this.recognizers.contact(text);
  }

  /** Yes or no in Dutch, English or French, for the confirm questions (after the phrase book's own phrases). */
  yesNo(text: string): 'yes' | 'no' | null {
    return this.recognizers.yesNo(text);
  }

  qualification(text: string): Qualification | null {
    return this.qualifications.read(text);
  }

  wish(text: string): Wish | null {
    return this.wishes.read(text);
  }

  /** Reads the trained models now; start-up calls it right after the bot is listening. */
  warm(): void {
    this.crisisCheck.warm();
    this.qualifications.warm();
    this.wishes.warm();
    this.languages.warm();
    this.replies.warm();
    this.topics.warm();
    this.recognizers.warm();
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
