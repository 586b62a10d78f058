import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { DialogIds } from './dialogIds.js';
import { PhaseDialog } from './phaseDialog.js';
import type { ConversationServices } from './services.js';
import { Slots } from './slots.js';
import { Steps } from './steps.js';

/** The desired future: the five-years-ahead question and who matters then (seed 000, kapstok 2). */
export class FutureDialog extends PhaseDialog {
  constructor(services: ConversationServices) {
    super(DialogIds.future, services, [
      (step) => this.desiredStep(step),
      (step) => this.peopleStep(step),
      (step) => this.doneStep(step),
    ]);
  }

  private async desiredStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.askUnlessKnown(step, 'future', Steps.futureDesired, Slots.text, 'future.desired.ask');
  }

  private async peopleStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepAndAcknowledge(step, 'future', Steps.futureDesired, 'future.desired.reflect');
    return this.askUnlessKnown(step, 'futurePeople', Steps.futurePeople, Slots.text, 'future.people.ask');
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepAndAcknowledge(step, 'futurePeople', Steps.futurePeople, 'future.people.reflect');
    return step.endDialog();
  }
}
