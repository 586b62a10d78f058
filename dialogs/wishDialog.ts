import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { DialogIds } from './dialogIds.js';
import { PhaseDialog } from './phaseDialog.js';
import type { ConversationServices } from './services.js';
import { Slots } from './slots.js';
import { Steps } from './steps.js';

/** The choice among the four outcomes, from buttons or free text. */
export class WishDialog extends PhaseDialog {
  constructor(services: ConversationServices) {
    super(DialogIds.wish, services, [(step) => this.choiceStep(step), (step) => this.doneStep(step)]);
  }

  private async choiceStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if ((await this.profile(step)).wish === undefined) await this.say(step, Steps.wish, 'wish.intro');
    return this.askUnlessKnown(step, 'wish', Steps.wish, Slots.wish, 'wish.ask', {
      buttons: true,
      retryKey: 'wish.retry',
    });
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keep(step, 'wish');
    return step.endDialog();
  }
}
