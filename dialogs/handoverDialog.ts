import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { ContactDetails } from '../src/understanding/contactDetails.js';
import { DialogIds } from './dialogIds.js';
import { PhaseDialog } from './phaseDialog.js';
import type { ConversationServices } from './services.js';
import { Steps } from './steps.js';
import { Slots, answerOf } from './slots.js';

/** How the hand-over was started: by the young person asking for a person, or offered by the bot. */
export interface HandoverOptions {
  askedFor?: boolean;
}

/**
 * The warm hand-over (seed 000): the young person may leave a phone number or e-mail address, only
 * after an explicit yes, and is told who will contact them and roughly when. The request, with a
 * short summary of the talk, is kept apart for counsellors; one per conversation (a second request
 * hears that the first is there). When the young person asked for a person, the people nearby come
 * with the offer, and afterwards the talk waits until they want to go on.
 */
export class HandoverDialog extends PhaseDialog {
  constructor(services: ConversationServices) {
    super(DialogIds.handover, services, [
      (step) => this.offerStep(step),
      (step) => this.contactStep(step),
      (step) => this.consentStep(step),
      (step) => this.requestStep(step),
    ]);
    this.addDialog(new WaterfallDialog(DialogIds.pause, [(step) => this.pauseStep(step), (step) => step.endDialog()]));
  }

  private async offerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const flags = await this.services.flags.get(step.context, {});
    if (flags.callbackRequested) {
      await this.say(step, Steps.handoverDone, 'handover.already');
      return this.finish(step);
    }
    if (askedFor(step)) {
      const profile = await this.profile(step);
      await step.context.sendActivity(this.services.referrals.replyFor(profile, 'talk', 'referral.human'));
    }
    return this.ask(step, Steps.handoverOffer, Slots.yesNo, 'handover.offer', { buttons: true });
  }

  private async contactStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (answerOf<string>(step.result) !== 'yes') {
      await this.say(step, Steps.handoverOffer, 'handover.declined');
      return this.finish(step);
    }
    return this.ask(step, Steps.handoverContact, Slots.contact, 'handover.contact', { retryKey: 'handover.contact.retry' });
  }

  private async consentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const contact = answerOf<ContactDetails>(step.result);
    if (!contact) {
      await this.say(step, Steps.handoverContact, 'handover.no-contact');
      return this.finish(step);
    }
    contactValues(step).contact = contact;
    const summary = this.services.callbacks.summaryOf(await this.profile(step));
    await this.say(step, Steps.handoverConfirm, 'handover.summary', { summary });
    return this.ask(step, Steps.handoverConfirm, Slots.yesNo, 'handover.confirm', { buttons: true });
  }

  private async requestStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { contact } = contactValues(step);
    if (!contact || answerOf<string>(step.result) !== 'yes') {
      await this.say(step, Steps.handoverConfirm, 'handover.declined');
      return this.finish(step);
    }
    await this.services.callbacks.request(step.context, contact, await this.profile(step));
    const flags = await this.services.flags.get(step.context, {});
    await this.services.flags.set(step.context, { ...flags, callbackRequested: true });
    await this.say(step, Steps.handoverDone, 'handover.done');
    return this.finish(step);
  }

  /** Ends the hand-over; when the young person asked for it, the talk first waits for them. */
  private finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return askedFor(step) ? step.replaceDialog(DialogIds.pause) : step.endDialog();
  }

  private pauseStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.ask(step, Steps.handoverPause, Slots.goOn, 'handover.pause.ask', { buttons: true });
  }
}

function askedFor(step: WaterfallStepContext): boolean {
  return (step.options as HandoverOptions | undefined)?.askedFor === true;
}

/** The contact details kept between the waterfall's steps. */
function contactValues(step: WaterfallStepContext): { contact?: ContactDetails } {
  return step.values as { contact?: ContactDetails };
}
