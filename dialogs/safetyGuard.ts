import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { SafetyAnswer } from '../src/understanding/phraseBook.js';
import type { ConversationFlags, ConversationServices, SafetyState } from './services.js';
import { Steps } from './steps.js';
import { waitingQuestion } from './replyKinds.js';
import type { SlotQuestion } from './slotPrompt.js';
import { SlotButtons } from './slots.js';

const WAITING: DialogTurnResult = { status: DialogTurnStatus.waiting };
const PAUSE_BUTTONS = ['button.safety.resume', 'button.human', 'button.safety.helplines'];
const SAFE_BUTTONS = ['button.safety.resume', 'button.human'];
const CHECK_BUTTONS = ['button.safety.safe', 'button.safety.unsafe'];
/** Commands that still work while the conversation waits; "skip" and "help" would push on. */
const PASSING_COMMANDS: ReadonlySet<string> = new Set(['human', 'stop', 'restart', 'delete']);

/** What the guard did with a message: answered it (the turn ends), resume the open question, or nothing. */
export type GuardOutcome = { done: DialogTurnResult } | 'resume' | 'pass';

/**
 * The safety net on every turn, before anything else. A crisis signal gets the helplines at once
 * and pauses the conversation: the bot stays with the young person, answers "Ben je nu veilig?",
 * and goes back to its questions only when they say so ("verder"). An ambiguous signal first gets
 * one caring safety question; "nee" (not safe) gets the helplines at once.
 */
export class SafetyGuard {
  constructor(private readonly services: ConversationServices) {}

  async handle(dc: DialogContext, text: string): Promise<GuardOutcome> {
    const flags = await this.services.flags.get(dc.context, {});
    // "help" is the bot's own command; its text points to the helplines ("typ 'hulplijnen'").
    // Nor is a button the bot itself offered with the open question ("Morgen", "Volgende week"): the
    // bot's own words, which the classifier, reading one or two words, could take for a plan.
    const own = this.services.phrases.command(text) === 'help' || isOfferedButton(this.services, waitingQuestion(dc), text);
    const signal = own ? null : this.services.understanding.crisis(text);
    const language = this.services.understanding.language(text);
    if (signal?.level === 'helplines') {
      await this.pause(dc, flags, { stage: 'paused', kind: signal.kind, language });
      return { done: WAITING };
    }
    if (!flags.safety && isShort(text) && this.services.phrases.safetyAnswer(text) === 'helplines') {
      await this.pause(dc, flags, { stage: 'paused', kind: 'suicide', language });
      return { done: WAITING };
    }
    if (signal && !flags.safety) {
      const safety: SafetyState = { stage: 'check', kind: signal.kind, language };
      await this.services.flags.set(dc.context, { ...flags, safety });
      await dc.context.sendActivity(this.services.replies.withButtons(Steps.crisisCheck, 'crisis.check.question', CHECK_BUTTONS));
      return { done: WAITING };
    }
    if (!flags.safety || flags.pendingDelete) return 'pass';
    const answer = signal ? 'helplines' : this.services.phrases.safetyAnswer(text);
    return flags.safety.stage === 'check'
      ? this.afterCheck(dc, flags, flags.safety, answer)
      : this.whilePaused(dc, flags, flags.safety, answer, text);
  }

  /** The answer to the safety question after an ambiguous signal. */
  private async afterCheck(dc: DialogContext, flags: ConversationFlags, safety: SafetyState, answer: SafetyAnswer | null): Promise<GuardOutcome> {
    if (answer === 'unsafe' || answer === 'helplines') {
      await this.pause(dc, flags, { ...safety, stage: 'paused' });
      return { done: WAITING };
    }
    const safe = answer === 'safe' || answer === 'resume';
    await this.services.flags.set(dc.context, { ...flags, safety: undefined });
    await dc.context.sendActivity(this.services.replies.text(Steps.crisisCheck, safe ? 'crisis.check.safe' : 'crisis.check.unclear'));
    return safe ? 'resume' : 'pass';
  }

  /** While the conversation waits: stay with the young person until they want to go on. */
  private async whilePaused(dc: DialogContext, flags: ConversationFlags, safety: SafetyState, answer: SafetyAnswer | null, text: string): Promise<GuardOutcome> {
    const { context } = dc;
    if (answer === 'unsafe') {
      await context.sendActivities(this.services.safety.unsafe(safety.kind, this.services.now()));
      return { done: WAITING };
    }
    if (answer === 'helplines') {
      await this.pause(dc, flags, safety);
      return { done: WAITING };
    }
    if (answer === 'resume') {
      await this.services.flags.set(context, { ...flags, safety: undefined });
      await context.sendActivity(this.services.replies.text(Steps.crisisPause, 'crisis.pause.resume'));
      return 'resume';
    }
    if (PASSING_COMMANDS.has(this.services.phrases.command(text) ?? '')) return 'pass';
    const reply =
      answer === 'safe'
        ? this.services.replies.withButtons(Steps.crisisPause, 'crisis.pause.safe', SAFE_BUTTONS)
        : this.services.replies.withButtons(Steps.crisisPause, 'crisis.pause.stay', PAUSE_BUTTONS);
    await context.sendActivity(reply);
    return { done: WAITING };
  }

  /** The helplines, the crisis flag for counsellors, and the conversation waits. */
  private async pause(dc: DialogContext, flags: ConversationFlags, safety: SafetyState): Promise<void> {
    const { context } = dc;
    await this.services.flags.set(context, { ...flags, crisis: true, safety: { ...safety, stage: 'paused' } });
    const profile = await this.services.profile.get(context, {});
    await this.services.profile.set(context, { ...profile, crisisSeen: true });
    const signal = { level: 'helplines', kind: safety.kind } as const;
    await context.sendActivities(this.services.safety.respond(signal, this.services.now(), safety.language));
  }
}

/** A request like "hulplijnen" or "toon de hulplijnen", not a sentence that mentions numbers. */
function isShort(text: string): boolean {
  return text.trim().split(/\s+/).length <= 4;
}

/** Whether the text is the label of one of the buttons shown with the question the dialog waits on. */
function isOfferedButton(services: ConversationServices, question: SlotQuestion | undefined, text: string): boolean {
  if (question?.buttons !== true || !(question.slot in SlotButtons)) return false;
  const buttons: Record<string, string> = SlotButtons[question.slot as keyof typeof SlotButtons];
  const typed = text.trim().toLowerCase();
  return Object.keys(buttons).some((key) => services.replies.messages.text(key).toLowerCase() === typed);
}
