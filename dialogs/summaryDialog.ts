import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { DialogIds } from './dialogIds.js';
import { PhaseDialog } from './phaseDialog.js';
import type { ConversationServices } from './services.js';
import { summaryCard, summaryLines, summaryText } from './summaryCard.js';
import { Steps } from './steps.js';

/** The summary of the talk, in the young person's own words, and a warm goodbye. */
export class SummaryDialog extends PhaseDialog {
  constructor(services: ConversationServices) {
    super(DialogIds.summary, services, [(step) => this.summaryStep(step)]);
  }

  private async summaryStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await this.profile(step);
    const { messages } = this.services.replies;
    const contacts = this.services.referrals.namesFor(profile, profile.wish ?? 'unsure');
    const title = messages.text('summary.title');
    const lines = summaryLines(profile, messages, contacts);
    await this.say(step, Steps.summary, 'summary.intro');
    const { privacyUrl } = this.services;
    const privacy = privacyUrl === undefined ? undefined : { title: messages.text('summary.privacy'), url: privacyUrl };
    await step.context.sendActivity(this.services.replies.card(Steps.summary, summaryCard(title, lines, privacy), summaryText(title, lines)));
    const goodbye = this.services.replies.text(Steps.summary, 'summary.goodbye');
    if (profile.crisisSeen) goodbye.text = `${goodbye.text ?? ''}\n\n${this.services.safety.reminder(this.services.now())}`;
    await step.context.sendActivity(goodbye);
    await this.updateProfile(step, { finished: true, finishedAt: this.services.now().toISOString() });
    return step.endDialog();
  }
}
