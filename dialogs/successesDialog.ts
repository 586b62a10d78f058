import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { DialogIds } from './dialogIds.js';
import { PhaseDialog } from './phaseDialog.js';
import type { ConversationServices } from './services.js';
import { Slots } from './slots.js';
import { Steps } from './steps.js';

/** Earlier successes and strengths: what worked before, and what others see in them. */
export class SuccessesDialog extends PhaseDialog {
  constructor(services: ConversationServices) {
    super(DialogIds.successes, services, [
      (step) => this.momentStep(step),
      (step) => this.strengthsStep(step),
      (step) => this.doneStep(step),
    ]);
  }

  private async momentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.askUnlessKnown(step, 'success', Steps.successMoment, Slots.text, 'successes.moment.ask');
  }

  private async strengthsStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepAndAcknowledge(step, 'success', Steps.successMoment, 'successes.moment.reflect');
    return this.askUnlessKnown(step, 'strengths', Steps.strengths, Slots.text, 'successes.strengths.ask');
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepAndAcknowledge(step, 'strengths', Steps.strengths, 'successes.strengths.compliment');
    return step.endDialog();
  }
}
