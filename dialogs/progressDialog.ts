import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { DialogIds } from './dialogIds.js';
import { PhaseDialog } from './phaseDialog.js';
import type { ConversationServices } from './services.js';
import { Slots } from './slots.js';
import { Steps } from './steps.js';

/** Progress: the first small next step, and who supports them in it. */
export class ProgressDialog extends PhaseDialog {
  constructor(services: ConversationServices) {
    super(DialogIds.progress, services, [
      (step) => this.nextStepStep(step),
      (step) => this.supportersStep(step),
      (step) => this.doneStep(step),
    ]);
  }

  private async nextStepStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.askUnlessKnown(step, 'nextStep', Steps.nextStep, Slots.text, 'progress.next-step.ask');
  }

  private async supportersStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepAndAcknowledge(step, 'nextStep', Steps.nextStep, 'progress.next-step.reflect');
    return this.askUnlessKnown(step, 'supporters', Steps.supporters, Slots.text, 'progress.supporters.ask');
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepAndAcknowledge(step, 'supporters', Steps.supporters, 'progress.supporters.reflect');
    return step.endDialog();
  }
}
