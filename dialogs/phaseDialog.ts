import {
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStep,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { DialogIds } from './dialogIds.js';
import type { Profile } from './profile.js';
import type { Reply } from './replies.js';
import type { ConversationServices } from './services.js';
import { SlotPrompt, type SlotAnswer } from './slotPrompt.js';
import { SlotButtons, answerOf, slotRecognizers, type Slot } from './slots.js';

export interface AskOptions {
  /** The message key of the kind re-ask; without it the question is asked again. */
  retryKey?: string;
  /** Show the slot's buttons (closed questions). */
  buttons?: boolean;
}

/**
 * Base of every phase of the conversation: a waterfall of small steps that ask one question each
 * through the shared slot prompt, and read and update the young person's profile.
 */
export abstract class PhaseDialog extends ComponentDialog {
  constructor(
    id: string,
    protected readonly services: ConversationServices,
    steps: WaterfallStep[],
  ) {
    super(id);
    this.addDialog(new SlotPrompt(DialogIds.prompt, services.phrases, slotRecognizers(services)));
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

  /** Asks one question, named by its step (`channelData.step`), understood by the slot's recogniser. */
  protected ask(
    step: WaterfallStepContext,
    stepName: string,
    slot: Slot,
    key: string,
    options: AskOptions = {},
  ): Promise<DialogTurnResult> {
    const replies = this.services.replies;
    const buttons: Record<string, string> | undefined = options.buttons ? SlotButtons[slot as keyof typeof SlotButtons] : undefined;
    const build = (messageKey: string): Reply =>
      buttons ? replies.withButtons(stepName, messageKey, Object.keys(buttons)) : replies.text(stepName, messageKey);
    return step.prompt(DialogIds.prompt, {
      prompt: build(key),
      retryPrompt: build(options.retryKey ?? key),
      validations: { slot },
    });
  }

  protected async say(step: WaterfallStepContext, stepName: string, key: string, vars?: Record<string, string | number>): Promise<void> {
    await step.context.sendActivity(this.services.replies.text(stepName, key, vars));
  }
}

function isSlotAnswer(value: unknown): value is SlotAnswer<unknown> {
  return typeof value === 'object' && value !== null && 'value' in value && 'skipped' in value;
}
