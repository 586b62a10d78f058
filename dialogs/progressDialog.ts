import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { quote } from './acknowledgement.js';
import { DialogIds } from './dialogIds.js';
import { PhaseDialog } from './phaseDialog.js';
import type { ConversationServices } from './services.js';
import { Slots } from './slots.js';
import { Steps } from './steps.js';

/** How many characters of their strengths the follow-up names. */
const STRENGTHS_LENGTH = 60;
/** From this age the young person is no longer of school age (leerplicht). */
const ADULT_AGE = 18;
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
      (step) => this.whenStep(step),
      (step) => this.strengthsUsedStep(step),
      (step) => this.confidenceStep(step),
      (step) => this.basisStep(step),
      (step) => this.higherStep(step),
      (step) => this.supportersStep(step),
      (step) => this.doneStep(step),
    ]);
  }

  /**
   * The first small step. Who does not know yet what they want makes one appointment instead: who
   * they will talk to (the CLB under 18; the JAC and the VDAB or Actiris from 18).
   */
  private async nextStepStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { wish, age, place } = await this.profile(step);
    if (wish !== 'unsure') return this.askUnlessKnown(step, 'nextStep', Steps.nextStep, Slots.text, 'progress.next-step.ask');
    const region = place?.region;
    const inFlanders = region !== undefined && region !== 'brussel' && region !== 'wallonie';
    const who = typeof age === 'number' && age < ADULT_AGE ? 'minor' : region === 'brussel' ? 'brussel' : inFlanders ? 'vlaanderen' : 'other';
    const vars = { who: this.services.replies.messages.text(`progress.next-step.unsure.who.${who}`) };
    return this.askUnlessKnown(step, 'nextStep', Steps.nextStep, Slots.text, 'progress.next-step.unsure.ask', { vars });
  }

  /** "Wanneer doe je dat?", when the step they named has no moment in it; offered with a button to skip. */
  private async whenStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepAndAcknowledge(step, 'nextStep', Steps.nextStep, 'progress.next-step.reflect');
    const { nextStep, nextStepWhen } = await this.profile(step);
    if (!this.isConcrete(nextStep) || nextStepWhen !== undefined || this.services.phrases.namesATime(nextStep)) return step.next();
    return this.ask(step, Steps.nextStepWhen, Slots.when, 'progress.next-step-when.ask', { buttons: true });
  }

  private async strengthsUsedStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepWhen(step);
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

  /** Keeps when they take their step; a typed moment is said back to them, a button needs no echo. */
  private async keepWhen(step: WaterfallStepContext): Promise<void> {
    const when = await this.keep(step, 'nextStepWhen');
    if (typeof when !== 'string') return;
    const moment = this.services.plans.momentOf(when);
    await this.say(step, Steps.nextStepWhen, 'progress.next-step-when.reflect', { when: moment });
  }

  private isConcrete(answer: string | null | undefined): answer is string {
    return typeof answer === 'string' && this.acknowledgements.kindOf(answer) === 'concrete';
  }
}
