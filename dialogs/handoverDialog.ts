import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { ContactDetails } from '../src/understanding/contactDetails.js';
import { DialogIds } from './dialogIds.js';
import { PhaseDialog } from './phaseDialog.js';
import type { ConversationServices } from './services.js';
import { Steps } from './steps.js';
import { Slots, answerOf } from './slots.js';

/**
 * The warm hand-over (seed 000): the young person may leave a phone number or e-mail address, only
 * after an explicit yes, and is told who will contact them and roughly when. The request, with a
 * short summary of the talk, is kept apart for counsellors.
 */
export class HandoverDialog extends PhaseDialog {
  constructor(services: ConversationServices) {
    super(DialogIds.handover, services, [
      (step) => this.offerStep(step),
      (step) => this.contactStep(step),
      (step) => this.consentStep(step),
      (step) => this.requestStep(step),
    ]);
  }

  private async offerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.ask(step, Steps.handoverOffer, Slots.yesNo, 'handover.offer', { buttons: true });
  }

  private async contactStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (answerOf<string>(step.result) !== 'yes') {
      await this.say(step, Steps.handoverOffer, 'handover.declined');
      return step.endDialog();
    }
    return this.ask(step, Steps.handoverContact, Slots.contact, 'handover.contact', { retryKey: 'handover.contact.retry' });
  }

  private async consentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const contact = answerOf<ContactDetails>(step.result);
    if (!contact) {
      await this.say(step, Steps.handoverContact, 'handover.no-contact');
      return step.endDialog();
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
      return step.endDialog();
    }
    await this.services.callbacks.request(step.context, contact, await this.profile(step));
    await this.say(step, Steps.handoverDone, 'handover.done');
    return step.endDialog();
  }
}

/** The contact details kept between the waterfall's steps. */
function contactValues(step: WaterfallStepContext): { contact?: ContactDetails } {
  return step.values as { contact?: ContactDetails };
}
