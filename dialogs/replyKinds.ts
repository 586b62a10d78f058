import type { TurnContext } from 'botbuilder';
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Command } from '../src/understanding/phraseBook.js';
import type { ReplyKind } from '../src/understanding/replyKind.js';
import type { ConversationServices } from './services.js';
import { questionOf, type SlotQuestion } from './slotPrompt.js';
import { confirmation, Slots, type Slot } from './slots.js';
import { Steps } from './steps.js';
import { TurnReading } from './turnReading.js';

const WAITING: DialogTurnResult = { status: DialogTurnStatus.waiting };

/** What to do with a message at a question: the kind of reply, and the text it is about. */
export interface Reading {
  kind: ReplyKind;
  text: string;
}

/**
 * Reads what a message typed at a question is (src/understanding/replyKind.ts) and handles the
 * kinds that are not answers and not commands: a request to explain the question, "weet ik niet",
 * and a check ("Bedoel je …?") when the kind is not sure. Only answers reach the prompt as answers.
 */
export class ReplyKinds {
  constructor(
    private readonly services: ConversationServices,
    private readonly recognizes: (slot: string, text: string, context: TurnContext) => boolean,
  ) {}

  /**
   * The reading of this message: the answer to a pending check, a value the question's own
   * recogniser understands (an age, a button), a whole-message command, or the classifier's kind.
   * Returns undefined when the bot asked "Bedoel je …?" (the turn ends).
   */
  async read(dc: DialogContext, text: string, command: Command | null, question: SlotQuestion | undefined): Promise<Reading | undefined> {
    const { context } = dc;
    const flags = await this.services.flags.get(context, {});
    const { replyCheck, topicChoices } = flags;
    if (replyCheck || topicChoices) await this.services.flags.set(context, { ...flags, replyCheck: undefined, topicChoices: undefined });
    if (replyCheck) {
      const yesNo = confirmation(this.services, text);
      if (yesNo === 'yes') return { kind: replyCheck.kind, text: replyCheck.text };
      if (yesNo === 'no') {
        context.turnState.set(TurnReading.answerText, replyCheck.text);
        await context.sendActivity(this.services.replies.text(question?.step ?? Steps.help, 'reply.check.no'));
        return { kind: 'answer', text: replyCheck.text };
      }
    }
    if (topicChoices?.some((title) => title.toLowerCase() === text.toLowerCase())) return { kind: 'question', text };
    if (question && question.slot !== Slots.text && this.recognizes(question.slot, text, context)) return { kind: 'answer', text };
    const reading = this.services.understanding.reply(text, command);
    if (reading.sure || !question) return { kind: reading.kind, text };
    const latest = await this.services.flags.get(context, {});
    await this.services.flags.set(context, { ...latest, replyCheck: { kind: reading.kind, text } });
    await context.sendActivity(this.services.replies.withButtons(question.step, `reply.check.${reading.kind}`, ['button.yes', 'button.no']));
    return undefined;
  }

  /** "Wat bedoel je?": the question in other words, with an example; then the question is open again. */
  async explain(dc: DialogContext, question: SlotQuestion | undefined): Promise<DialogTurnResult> {
    const key = question ? explainKeyOf(question.key) : undefined;
    const known = key !== undefined && this.services.replies.messages.has(key);
    const step = question?.step ?? Steps.help;
    await dc.context.sendActivity(this.services.replies.text(step, known ? key : question ? 'reply.explain.general' : 'help.text'));
    return WAITING;
  }

  /**
   * "Weet ik niet": that is fine, take your time, and the same question from another angle. A
   * second "weet ik niet" at the same question, or one at a closed question, goes on without an
   * answer. Returns undefined when the prompt should go on (it records no answer).
   */
  async dontKnow(dc: DialogContext, question: SlotQuestion | undefined): Promise<DialogTurnResult | undefined> {
    const { context } = dc;
    if (!question) return undefined;
    const flags = await this.services.flags.get(context, {});
    const base = question.key.replace(/\.ask$/, '');
    const angle = `${base}.dont-know`;
    const firstTime = flags.dontKnowAt !== question.step && isOpen(question.slot) && this.services.replies.messages.has(angle);
    await this.services.flags.set(context, { ...flags, dontKnowAt: firstTime ? question.step : undefined });
    if (firstTime) {
      await context.sendActivities([
        this.services.replies.text(question.step, 'reply.dont-know.okay'),
        this.services.replies.text(question.step, angle),
      ]);
      return WAITING;
    }
    await context.sendActivity(this.services.replies.text(question.step, 'reply.dont-know.move-on'));
    context.turnState.set(TurnReading.skip, true);
    context.turnState.set(TurnReading.movedOn, true);
    return undefined;
  }

  /** Remembers the titles offered after an unclear question, so a tapped title is never an answer. */
  async offeredTopics(context: TurnContext, titles: readonly string[]): Promise<void> {
    const flags = await this.services.flags.get(context, {});
    await this.services.flags.set(context, { ...flags, topicChoices: [...titles] });
  }
}

/** The question the dialog is waiting on, if any. */
export function waitingQuestion(dc: DialogContext): SlotQuestion | undefined {
  let leaf = dc;
  for (let child = dc.child; child !== undefined; child = child.child) leaf = child;
  const options: unknown = leaf.activeDialog?.state?.options;
  return typeof options === 'object' && options !== null ? questionOf(options) : undefined;
}

function explainKeyOf(key: string): string | undefined {
  const base = key.endsWith('.ask') ? key.slice(0, -'.ask'.length) : undefined;
  return base === undefined ? undefined : `${base}.explain`;
}

function isOpen(slot: Slot | string): boolean {
  return slot === Slots.text;
}
