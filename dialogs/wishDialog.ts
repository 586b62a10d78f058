import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { DialogIds } from './dialogIds.js';
import { PhaseDialog } from './phaseDialog.js';
import type { ConversationServices } from './services.js';
import { Slots } from './slots.js';
import { Steps } from './steps.js';
import { TurnReading } from './turnReading.js';

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
    const wish = await this.keep(step, 'wish');
    if (wish != null) await this.rememberJobNamed(step);
    return step.endDialog();
  }

  /** "Ik wil kapper worden": the job their answer named, kept as an id for the route to it (never their words). */
  private async rememberJobNamed(step: WaterfallStepContext): Promise<void> {
    const replaced: unknown = step.context.turnState.get(TurnReading.answerText);
    const said = typeof replaced === 'string' ? replaced : (step.context.activity.text ?? '');
    const occupation = this.services.occupations.match(said);
    if (occupation) await this.updateProfile(step, { occupation: occupation.id });
  }
}
