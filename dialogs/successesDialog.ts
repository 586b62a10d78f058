import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { DialogIds } from './dialogIds.js';
import { namedPerson } from './followUps.js';
import { PhaseDialog } from './phaseDialog.js';
import type { ConversationServices } from './services.js';
import { Slots } from './slots.js';
import { Steps } from './steps.js';

/** The follow-ups on a success: their field, step and question. */
const FOLLOW_UPS = {
  successPerson: { step: Steps.successPerson, ask: 'successes.person.ask', reflect: 'successes.person.reflect' },
  successDid: { step: Steps.successDid, ask: 'successes.did.ask', reflect: 'successes.did.reflect' },
} as const;

/**
 * Earlier successes and strengths (seed 000, kapstok 2): what worked before, one follow-up after a
 * concrete answer ("Wie speelde toen een belangrijke rol?" while no one is named yet, else "Wat
 * deed je toen precies?"), and what others see in them: "Stel dat ik aan [the person they named]
 * zou vragen wat je goed kan …", or what friends value when they named no one.
 */
export class SuccessesDialog extends PhaseDialog {
  constructor(services: ConversationServices) {
    super(DialogIds.successes, services, [
      (step) => this.momentStep(step),
      (step) => this.followUpStep(step),
      (step) => this.strengthsStep(step),
      (step) => this.doneStep(step),
    ]);
  }

  private async momentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.askUnlessKnown(step, 'success', Steps.successMoment, Slots.text, 'successes.moment.ask');
  }

  private async followUpStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const success = await this.keepAndAcknowledge(step, 'success', Steps.successMoment, 'successes.moment.reflect');
    if (typeof success !== 'string' || this.acknowledgements.kindOf(success) !== 'concrete') return step.next();
    const someoneNamed = namedPerson(await this.profile(step), this.acknowledgements, this.services.phrases) !== undefined;
    const field = someoneNamed ? 'successDid' : 'successPerson';
    (step.values as { followUp?: string }).followUp = field;
    return this.offerFollowUp(step, field, FOLLOW_UPS[field].step, FOLLOW_UPS[field].ask);
  }

  private async strengthsStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { followUp } = step.values as { followUp?: keyof typeof FOLLOW_UPS };
    if (followUp) await this.keepAndAcknowledge(step, followUp, FOLLOW_UPS[followUp].step, FOLLOW_UPS[followUp].reflect);
    const person = namedPerson(await this.profile(step), this.acknowledgements, this.services.phrases);
    if (person === undefined) return this.askUnlessKnown(step, 'strengths', Steps.strengths, Slots.text, 'successes.strengths.ask');
    return this.askUnlessKnown(step, 'strengths', Steps.strengths, Slots.text, 'successes.strengths-person.ask', { vars: { person } });
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepAndAcknowledge(step, 'strengths', Steps.strengths, 'successes.strengths.compliment');
    return step.endDialog();
  }
}
