import {
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStep,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { Acknowledgements } from './acknowledgement.js';
import { DialogIds } from './dialogIds.js';
import { followUpsDeclined } from './followUps.js';
import type { Profile, TextField } from './profile.js';
import type { Replies, Reply } from './replies.js';
import type { ConversationServices } from './services.js';
import { SlotPrompt, type SlotAnswer, type SlotQuestion } from './slotPrompt.js';
import { SlotButtons, Slots, answerOf, slotRecognizers, type Slot } from './slots.js';
import { TurnReading } from './turnReading.js';

export type AskOptions = Pick<SlotQuestion, 'retryKey' | 'buttons' | 'vars'>;

/**
 * Base of every phase of the conversation: a waterfall of small steps that ask one question each
 * through the shared slot prompt, and read and update the young person's profile.
 */
export abstract class PhaseDialog extends ComponentDialog {
  protected readonly acknowledgements: Acknowledgements;

  constructor(
    id: string,
    protected readonly services: ConversationServices,
    steps: WaterfallStep[],
  ) {
    super(id);
    this.acknowledgements = new Acknowledgements(services.phrases);
    this.addDialog(
      new SlotPrompt(DialogIds.prompt, services.phrases, slotRecognizers(services), (question, isRetry) =>
        renderQuestion(services.replies, question, isRetry),
      ),
    );
    this.addDialog(new WaterfallDialog(DialogIds.waterfall, steps));
    this.initialDialogId = DialogIds.waterfall;
  }

  protected profile(step: WaterfallStepContext): Promise<Profile> {
    return this.services.profile.get(step.context, {});
  }

  protected async updateProfile(step: WaterfallStepContext, change: Partial<Profile>): Promise<void> {
    const profile = await this.profile(step);
    await this.services.profile.set(step.context, { ...profile, ...change });
  }

  /** Keeps the answer of the previous step's question in the profile (nothing when it was not asked). */
  protected async keep<K extends keyof Profile>(step: WaterfallStepContext, field: K): Promise<Profile[K] | undefined> {
    if (!isSlotAnswer(step.result)) return undefined;
    const value = answerOf<Profile[K]>(step.result) as Profile[K];
    await this.updateProfile(step, { [field]: value } as Partial<Profile>);
    return value;
  }

  /**
   * Keeps the answer to an open question and acknowledges it by what it is (dialogs/acknowledgement.ts):
   * a concrete answer with `reflectKey`, in their own words. Nothing when the question was not asked.
   */
  protected async keepAndAcknowledge(
    step: WaterfallStepContext,
    field: TextField,
    stepName: string,
    reflectKey: string,
  ): Promise<string | null | undefined> {
    if (!isSlotAnswer(step.result)) return undefined;
    const value = (await this.keep(step, field)) ?? null;
    const ack = this.acknowledgements.choose(value, reflectKey);
    const alreadyMovedOn = ack.kind === 'skipped' && step.context.turnState.get(TurnReading.movedOn) === true;
    if (alreadyMovedOn) return value;
    const reply = this.services.replies.text(stepName, ack.key, ack.vars);
    // Their own words in the bot's text: the transcript must not remember its redaction (src/transcripts).
    if (ack.kind === 'concrete') reply.channelData.quotesYoungPerson = true;
    await step.context.sendActivity(reply);
    return value;
  }

  /** Asks for a profile field unless the young person already answered it (on a return visit, say). */
  protected async askUnlessKnown(
    step: WaterfallStepContext,
    field: keyof Profile,
    stepName: string,
    slot: Slot,
    key: string,
    options: AskOptions = {},
  ): Promise<DialogTurnResult> {
    const profile = await this.profile(step);
    if (profile[field] !== undefined) return step.next();
    return this.ask(step, stepName, slot, key, options);
  }

  /**
   * Offers a follow-up question (dialogs/followUps.ts) with a button to skip it: not when it was
   * answered already, nor once the young person skipped one.
   */
  protected async offerFollowUp(
    step: WaterfallStepContext,
    field: TextField,
    stepName: string,
    key: string,
    vars?: Record<string, string>,
  ): Promise<DialogTurnResult> {
    const profile = await this.profile(step);
    if (profile[field] !== undefined || followUpsDeclined(profile)) return step.next();
    return this.ask(step, stepName, Slots.text, key, { buttons: true, ...(vars ? { vars } : {}) });
  }

  /** Asks one question, named by its step (`channelData.step`), understood by the slot's recogniser. */
  protected ask(
    step: WaterfallStepContext,
    stepName: string,
    slot: Slot,
    key: string,
    options: AskOptions = {},
  ): Promise<DialogTurnResult> {
    const question: SlotQuestion = { slot, step: stepName, key, ...options };
    return step.prompt(DialogIds.prompt, { validations: question });
  }

  protected async say(step: WaterfallStepContext, stepName: string, key: string, vars?: Record<string, string | number>): Promise<void> {
    await step.context.sendActivity(this.services.replies.text(stepName, key, vars));
  }
}

/**
 * The message of a question: its text, or its re-ask, with the slot's buttons when it shows them.
 * A question kept by an older version whose keys the content no longer has asks for an answer to
 * the previous question instead.
 */
function renderQuestion(replies: Replies, question: SlotQuestion, isRetry: boolean): Reply {
  const key = [isRetry ? question.retryKey : undefined, question.key].find((k) => k !== undefined && replies.messages.has(k)) ?? 'question.again';
  const buttons: Record<string, string> | undefined = question.buttons ? SlotButtons[question.slot as keyof typeof SlotButtons] : undefined;
  const vars = key === question.key ? question.vars : undefined;
  const reply = buttons ? replies.withButtons(question.step, key, Object.keys(buttons), vars) : replies.text(question.step, key, vars);
  if (vars !== undefined) reply.channelData.quotesYoungPerson = true;
  return reply;
}

function isSlotAnswer(value: unknown): value is SlotAnswer<unknown> {
  return typeof value === 'object' && value !== null && 'value' in value && 'skipped' in value;
}
