import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { followUpOfferOf, type FollowUpKind } from '../src/followup/followUpOffer.js';
import { quote } from './acknowledgement.js';
import { sendReturnPass } from './returnPass.js';
import { DialogIds } from './dialogIds.js';
import { PhaseDialog } from './phaseDialog.js';
import type { ConversationServices } from './services.js';
import { Slots, answerOf } from './slots.js';
import { Steps } from './steps.js';

/** What the bot says about a check-in it can send itself, per place where it would arrive. */
const CHECK_IN_KEYS: Record<FollowUpKind, { offer: string; yes: string }> = {
  web: { offer: 'wrapup.follow-up.web.offer', yes: 'wrapup.follow-up.web.yes' },
  teams: { offer: 'wrapup.follow-up.teams.offer', yes: 'wrapup.follow-up.teams.yes' },
};

/** A usefulness score at or below this asks what would have helped. */
const LOW_SCORE = 4;

/**
 * Wrapping up: what they keep from the talk, whether it gave what they wanted from it, a usefulness
 * score from 1 to 10 (a low one asks what would have helped), a follow-up. Where the
 * channel lets the bot speak first (web widget, Teams) it offers a check-in message on an agreed day;
 * elsewhere it invites the young person to come back.
 */
export class WrapupDialog extends PhaseDialog {
  constructor(services: ConversationServices) {
    super(DialogIds.wrapup, services, [
      (step) => this.takeawayStep(step),
      (step) => this.usefulCheckStep(step),
      (step) => this.scoreStep(step),
      (step) => this.missedStep(step),
      (step) => this.followUpStep(step),
      (step) => this.doneStep(step),
    ]);
  }

  private async takeawayStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.askUnlessKnown(step, 'takeaway', Steps.takeaway, Slots.text, 'wrapup.takeaway.ask');
  }

  /** "Je wilde: '…'. Is dat gelukt?": only when they said at the start what they wanted from the talk. */
  private async usefulCheckStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepAndAcknowledge(step, 'takeaway', Steps.takeaway, 'wrapup.takeaway.reflect');
    const { usefulFor } = await this.profile(step);
    if (usefulFor == null || this.acknowledgements.kindOf(usefulFor) === 'vague') return step.next();
    return this.askUnlessKnown(step, 'usefulForMet', Steps.usefulCheck, Slots.yesNo, 'wrapup.useful-check.ask', {
      buttons: true,
      vars: { words: quote(usefulFor) },
    });
  }

  private async scoreStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== undefined) {
      const answer = answerOf<string>(step.result);
      const met = answer === null ? null : answer === 'yes';
      await this.updateProfile(step, { usefulForMet: met });
      if (met !== null) await this.say(step, Steps.usefulCheck, met ? 'wrapup.useful-check.yes' : 'wrapup.useful-check.no');
    }
    return this.askUnlessKnown(step, 'score', Steps.score, Slots.score, 'wrapup.score.ask', {
      retryKey: 'wrapup.score.retry',
    });
  }

  /** A score of 4 or lower: what would have helped? One open question, skippable. */
  private async missedStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const score = await this.keep(step, 'score');
    if (score == null || score > LOW_SCORE) return step.next();
    return this.askUnlessKnown(step, 'missed', Steps.missed, Slots.text, 'wrapup.missed.ask');
  }

  private async followUpStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepAndAcknowledge(step, 'missed', Steps.missed, 'wrapup.missed.reflect');
    const offer = followUpOfferOf(step.context);
    if (offer !== undefined && (await this.profile(step)).followUp === undefined) {
      await this.say(step, Steps.followUp, CHECK_IN_KEYS[offer.kind].offer, { day: offer.day });
    }
    const ask = offer !== undefined ? 'wrapup.follow-up.check-in.ask' : 'wrapup.follow-up.ask';
    return this.askUnlessKnown(step, 'followUp', Steps.followUp, Slots.yesNo, ask, { buttons: true });
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === undefined) return step.endDialog();
    const answer = answerOf<string>(step.result);
    if (answer === null) {
      // Skipped or "weet ik niet" twice: the move-on line was said; no answer is taken for a no.
      // No code either (the turn stays short on a phone): "hoe kom ik hier terug?" gives one at any time.
      await this.updateProfile(step, { followUp: null });
      return step.endDialog();
    }
    const followUp = answer === 'yes';
    await this.updateProfile(step, { followUp });
    const offer = followUpOfferOf(step.context);
    const { replies } = this.services;
    // The way back, from any device: a code and a private link (and the agreed day for the calendar).
    if (followUp && offer !== undefined) {
      await offer.accept();
      await this.updateProfile(step, { followUpDay: offer.day });
      const lead = replies.text(Steps.followUp, CHECK_IN_KEYS[offer.kind].yes, { day: offer.day });
      await sendReturnPass(step.context, this.services, { lead, followUp: { at: offer.dueAt, day: offer.day } });
    } else {
      await sendReturnPass(step.context, this.services, { lead: replies.text(Steps.followUp, followUp ? 'wrapup.follow-up.yes' : 'wrapup.follow-up.no') });
    }
    return step.endDialog();
  }
}
