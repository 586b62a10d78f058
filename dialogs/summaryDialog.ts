import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { planText } from '../src/plan/planSections.js';
import { DialogIds } from './dialogIds.js';
import { PhaseDialog } from './phaseDialog.js';
import type { ConversationServices } from './services.js';
import { planCard } from './summaryCard.js';
import { Steps } from './steps.js';

/**
 * The plan "Ik kan… werk maken van mijn toekomst" (seed 000's folder) as a card, or as plain text on
 * channels without cards, and a warm goodbye. After a crisis signal the plan keeps the helplines.
 */
export class SummaryDialog extends PhaseDialog {
  constructor(services: ConversationServices) {
    super(DialogIds.summary, services, [(step) => this.summaryStep(step)]);
  }

  private async summaryStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await this.profile(step);
    const { messages } = this.services.replies;
    const plan = this.services.plans.build(profile, this.services.now());
    await this.say(step, Steps.summary, 'summary.intro');
    const { privacyUrl } = this.services;
    const privacy = privacyUrl === undefined ? undefined : { title: messages.text('summary.privacy'), url: privacyUrl };
    await step.context.sendActivity(this.services.replies.card(Steps.summary, planCard(plan, messages, privacy), planText(plan, messages)));
    await this.say(step, Steps.summary, 'summary.goodbye');
    await this.updateProfile(step, { finished: true });
    return step.endDialog();
  }
}
