import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { DialogIds } from './dialogIds.js';
import { PhaseDialog } from './phaseDialog.js';
import type { ConversationServices } from './services.js';
import { Slots, answerOf } from './slots.js';
import { Steps } from './steps.js';

/** Wrapping up: what they keep from the talk, a usefulness score from 1 to 10, a follow-up. */
export class WrapupDialog extends PhaseDialog {
  constructor(services: ConversationServices) {
    super(DialogIds.wrapup, services, [
      (step) => this.takeawayStep(step),
      (step) => this.scoreStep(step),
      (step) => this.followUpStep(step),
      (step) => this.doneStep(step),
    ]);
  }

  private async takeawayStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.askUnlessKnown(step, 'takeaway', Steps.takeaway, Slots.text, 'wrapup.takeaway.ask');
  }

  private async scoreStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keep(step, 'takeaway');
    return this.askUnlessKnown(step, 'score', Steps.score, Slots.score, 'wrapup.score.ask', {
      retryKey: 'wrapup.score.retry',
    });
  }

  private async followUpStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keep(step, 'score');
    return this.askUnlessKnown(step, 'followUp', Steps.followUp, Slots.yesNo, 'wrapup.follow-up.ask', {
      buttons: true,
    });
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== undefined) {
      const followUp = answerOf<string>(step.result) === 'yes';
      await this.updateProfile(step, { followUp });
      await this.say(step, Steps.followUp, followUp ? 'wrapup.follow-up.yes' : 'wrapup.follow-up.no');
    }
    return step.endDialog();
  }
}
