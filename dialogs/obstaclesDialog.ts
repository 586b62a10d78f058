import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { DialogIds } from './dialogIds.js';
import { PhaseDialog } from './phaseDialog.js';
import type { ConversationServices } from './services.js';
import { Slots } from './slots.js';
import { Steps } from './steps.js';

/** Stumbling on the way: how a stumbling block becomes a stepping stone. */
export class ObstaclesDialog extends PhaseDialog {
  constructor(services: ConversationServices) {
    super(DialogIds.obstacles, services, [(step) => this.stumbleStep(step), (step) => this.doneStep(step)]);
  }

  private async stumbleStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.askUnlessKnown(step, 'obstacle', Steps.obstacles, Slots.text, 'obstacles.ask');
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepAndAcknowledge(step, 'obstacle', Steps.obstacles, 'obstacles.reflect');
    return step.endDialog();
  }
}
