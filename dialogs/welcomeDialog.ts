import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { DialogIds } from './dialogIds.js';
import { PhaseDialog } from './phaseDialog.js';
import { hasProgress } from './profile.js';
import { Replies } from './replies.js';
import type { ConversationServices } from './services.js';
import { Slots, answerOf, type ResumeChoice } from './slots.js';
import { Steps } from './steps.js';

/**
 * The bot greets first: it says it is a bot, what it is for, what it keeps and who may read it, and
 * asks whether a counsellor may read the conversation. A young person who comes back may continue.
 */
export class WelcomeDialog extends PhaseDialog {
  constructor(services: ConversationServices) {
    super(DialogIds.welcome, services, [
      (step) => this.greetingStep(step),
      (step) => this.consentStep(step),
      (step) => this.confirmationStep(step),
      (step) => this.usefulForStep(step),
      (step) => this.doneStep(step),
    ]);
  }

  private async greetingStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await this.profile(step);
    if (hasProgress(profile)) {
      if (profile.crisisSeen) {
        await step.context.sendActivity(Replies.at(Steps.welcome, { type: 'message', text: this.services.safety.reminder(this.services.now()) }));
      }
      return this.ask(step, Steps.welcome, Slots.resume, 'welcome.back', { buttons: true, retryKey: 'welcome.back.retry' });
    }
    await this.services.profile.set(step.context, profile.consent === undefined ? {} : { consent: profile.consent });
    await this.say(step, Steps.welcome, 'welcome.hello');
    const { privacyUrl, retentionDays } = this.services;
    const vars = { days: retentionDays };
    if (privacyUrl === undefined) await this.say(step, Steps.welcome, 'welcome.privacy', vars);
    else await step.context.sendActivity(this.services.replies.withLink(Steps.welcome, 'welcome.privacy', 'button.privacy.more', privacyUrl, vars));
    return step.next();
  }

  private async consentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const resume = answerOf<ResumeChoice>(step.result);
    const profile = await this.profile(step);
    if (resume === 'restart') {
      await this.services.profile.set(step.context, { consent: profile.consent });
      await this.say(step, Steps.welcome, 'welcome.restart');
    } else if (resume === 'continue' || step.result !== undefined) {
      await this.say(step, Steps.welcome, 'welcome.continue');
    }
    if (!this.services.askConsent || (await this.profile(step)).consent !== undefined) return step.next();
    return this.ask(step, Steps.consent, Slots.consent, 'welcome.consent.ask', {
      buttons: true,
      retryKey: 'welcome.consent.retry',
    });
  }

  private async confirmationStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== undefined) {
      const consent = answerOf<string>(step.result) === 'yes';
      await this.updateProfile(step, { consent });
      await this.say(step, Steps.consent, consent ? 'welcome.consent.given' : 'welcome.consent.refused');
    }
    return step.next();
  }

  /** The young person leads from the start (seed 000): what should this talk bring them? Asked on a fresh start only. */
  private async usefulForStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (hasProgress(await this.profile(step))) return step.next();
    return this.askUnlessKnown(step, 'usefulFor', Steps.usefulFor, Slots.text, 'welcome.useful-for.ask');
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepAndAcknowledge(step, 'usefulFor', Steps.usefulFor, 'welcome.useful-for.reflect');
    return step.endDialog();
  }
}
