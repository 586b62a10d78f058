import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { DialogIds } from './dialogIds.js';
import { futureFollowUp } from './followUps.js';
import { PhaseDialog } from './phaseDialog.js';
import type { ConversationServices } from './services.js';
import { Slots } from './slots.js';
import { Steps } from './steps.js';

/** The follow-ups on the future: their field, step and question. */
const FOLLOW_UPS = {
  futureMore: { step: Steps.futureMore, ask: 'future.more.ask', reflect: 'future.more.reflect' },
  futureDifferent: { step: Steps.futureDifferent, ask: 'future.different.ask', reflect: 'future.different.reflect' },
} as const;

/**
 * The desired future (seed 000, kapstok 2): the five-years-ahead question, one follow-up after a
 * concrete answer ("Wat nog meer?" after a short one, "Wat is er dan anders?" after a longer one),
 * and who matters then.
 */
export class FutureDialog extends PhaseDialog {
  constructor(services: ConversationServices) {
    super(DialogIds.future, services, [
      (step) => this.desiredStep(step),
      (step) => this.followUpStep(step),
      (step) => this.peopleStep(step),
      (step) => this.doneStep(step),
    ]);
  }

  private async desiredStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.askUnlessKnown(step, 'future', Steps.futureDesired, Slots.text, 'future.desired.ask');
  }

  private async followUpStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const future = await this.keepAndAcknowledge(step, 'future', Steps.futureDesired, 'future.desired.reflect');
    if (typeof future !== 'string' || this.acknowledgements.kindOf(future) !== 'concrete') return step.next();
    const field = futureFollowUp(future);
    (step.values as { followUp?: string }).followUp = field;
    return this.offerFollowUp(step, field, FOLLOW_UPS[field].step, FOLLOW_UPS[field].ask);
  }

  private async peopleStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { followUp } = step.values as { followUp?: keyof typeof FOLLOW_UPS };
    if (followUp) await this.keepAndAcknowledge(step, followUp, FOLLOW_UPS[followUp].step, FOLLOW_UPS[followUp].reflect);
    return this.askUnlessKnown(step, 'futurePeople', Steps.futurePeople, Slots.text, 'future.people.ask');
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepAndAcknowledge(step, 'futurePeople', Steps.futurePeople, 'future.people.reflect');
    return step.endDialog();
  }
}
