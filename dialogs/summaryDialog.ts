import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { DialogIds } from './dialogIds.js';
import { PhaseDialog } from './phaseDialog.js';
import type { ConversationServices } from './services.js';
import { planCard, planTextWith, type CardLink } from './summaryCard.js';
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
    const planPageUrl = await this.services.planPageUrl?.(step.context, plan);
    const pages: CardLink[] = [
      ...(planPageUrl === undefined ? [] : [{ title: messages.text('summary.plan-page'), url: planPageUrl }]),
      ...(privacyUrl === undefined ? [] : [{ title: messages.text('summary.privacy'), url: privacyUrl }]),
    ];
    await step.context.sendActivity(this.services.replies.card(Steps.summary, planCard(plan, messages, pages), planTextWith(plan, messages, pages)));
    await this.say(step, Steps.summary, 'summary.goodbye');
    await this.updateProfile(step, { finished: true, finishedAt: this.services.now().toISOString() });
    return step.endDialog();
  }
}
