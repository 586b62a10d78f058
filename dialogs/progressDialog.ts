import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { quote } from './acknowledgement.js';
import { DialogIds } from './dialogIds.js';
import { PhaseDialog } from './phaseDialog.js';
import type { ConversationServices } from './services.js';
import { Slots } from './slots.js';
import { Steps } from './steps.js';

/** How many characters of their strengths the follow-up names. */
const STRENGTHS_LENGTH = 60;
/** The top of the scale: nothing is one point higher. */
const TOP_SCORE = 10;

/**
 * Progress (seed 000, kapstok 2): the first small next step; which of their strengths they use
 * for it (a follow-up, when they named strengths); how confident they are about it on a scale of
 * 1 to 10, what makes it that number and not 0, and what one point higher would be; then who
 * supports them in it.
 */
export class ProgressDialog extends PhaseDialog {
  constructor(services: ConversationServices) {
    super(DialogIds.progress, services, [
      (step) => this.nextStepStep(step),
      (step) => this.strengthsUsedStep(step),
      (step) => this.confidenceStep(step),
      (step) => this.basisStep(step),
      (step) => this.higherStep(step),
      (step) => this.supportersStep(step),
      (step) => this.doneStep(step),
    ]);
  }

  private async nextStepStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.askUnlessKnown(step, 'nextStep', Steps.nextStep, Slots.text, 'progress.next-step.ask');
  }

  private async strengthsUsedStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepAndAcknowledge(step, 'nextStep', Steps.nextStep, 'progress.next-step.reflect');
    const { nextStep, strengths } = await this.profile(step);
    if (!this.isConcrete(nextStep) || !this.isConcrete(strengths)) return step.next();
    return this.offerFollowUp(step, 'strengthsUsed', Steps.strengthsUsed, 'progress.strengths-used.ask', {
      strengths: quote(strengths, STRENGTHS_LENGTH),
    });
  }

  /** The scaling question, only when there is a next step to be confident about. */
  private async confidenceStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepAndAcknowledge(step, 'strengthsUsed', Steps.strengthsUsed, 'progress.strengths-used.reflect');
    if (!this.isConcrete((await this.profile(step)).nextStep)) return step.next();
    return this.askUnlessKnown(step, 'confidence', Steps.confidence, Slots.score, 'progress.confidence.ask', {
      buttons: true,
      retryKey: 'progress.confidence.retry',
    });
  }

  /** "Wat maakt dat het al een [n] is en geen 0?" */
  private async basisStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keep(step, 'confidence');
    const { confidence } = await this.profile(step);
    if (typeof confidence !== 'number') return step.next();
    return this.askUnlessKnown(step, 'confidenceBasis', Steps.confidenceBasis, Slots.text, 'progress.confidence-basis.ask', {
      vars: { score: String(confidence) },
    });
  }

  /** "Wat zou één punt hoger zijn?", unless they are at the top already. */
  private async higherStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepAndAcknowledge(step, 'confidenceBasis', Steps.confidenceBasis, 'progress.confidence-basis.reflect');
    const { confidence } = await this.profile(step);
    if (typeof confidence !== 'number' || confidence >= TOP_SCORE) return step.next();
    return this.askUnlessKnown(step, 'confidenceHigher', Steps.confidenceHigher, Slots.text, 'progress.confidence-higher.ask');
  }

  private async supportersStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepAndAcknowledge(step, 'confidenceHigher', Steps.confidenceHigher, 'progress.confidence-higher.reflect');
    return this.askUnlessKnown(step, 'supporters', Steps.supporters, Slots.text, 'progress.supporters.ask');
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepAndAcknowledge(step, 'supporters', Steps.supporters, 'progress.supporters.reflect');
    return step.endDialog();
  }

  private isConcrete(answer: string | null | undefined): answer is string {
    return typeof answer === 'string' && this.acknowledgements.kindOf(answer) === 'concrete';
  }
}
