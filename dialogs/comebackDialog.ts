import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { quote } from './acknowledgement.js';
import { DialogIds } from './dialogIds.js';
import { PhaseDialog } from './phaseDialog.js';
import { Replies } from './replies.js';
import type { ConversationServices } from './services.js';
import { Slots, answerOf, type PlanChoice } from './slots.js';
import { Steps } from './steps.js';

/** What the follow-up talk ends with: `restart` when the young person starts over (the welcome follows). */
export type ComebackResult = 'restart' | 'done';

/**
 * The follow-up talk when a young person comes back to a finished talk (solution-focused, seed 000):
 * what they planned and how it went, what is better since last time, and then change the plan,
 * start over, or leave it as it is.
 */
export class ComebackDialog extends PhaseDialog {
  constructor(services: ConversationServices) {
    super(DialogIds.comeback, services, [
      (step) => this.howStep(step),
      (step) => this.betterStep(step),
      (step) => this.planStep(step),
      (step) => this.choiceStep(step),
      (step) => this.updatedStep(step),
    ]);
  }

  private async howStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await this.profile(step);
    const now = this.services.now().toISOString();
    await this.updateProfile(step, { returns: (profile.returns ?? 0) + 1, cameBackAt: now, howItWent: undefined, better: undefined });
    const hello = this.services.replies.text(Steps.comebackHow, 'comeback.hello');
    if (profile.crisisSeen) hello.text = `${hello.text ?? ''}\n\n${this.services.safety.reminder(this.services.now())}`;
    await step.context.sendActivity(Replies.at(Steps.comebackHow, hello));
    if (profile.nextStep) return this.ask(step, Steps.comebackHow, Slots.text, 'comeback.how.plan', { vars: { words: quote(profile.nextStep) } });
    const choice = this.services.replies.messages.text(`summary.wish.${profile.wish ?? 'unsure'}`);
    return this.ask(step, Steps.comebackHow, Slots.text, 'comeback.how.choice', { vars: { choice } });
  }

  private async betterStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepAndAcknowledge(step, 'howItWent', Steps.comebackHow, 'comeback.how.reflect');
    return this.ask(step, Steps.comebackBetter, Slots.text, 'comeback.better.ask');
  }

  private async planStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keepAndAcknowledge(step, 'better', Steps.comebackBetter, 'comeback.better.reflect');
    return this.ask(step, Steps.comebackPlan, Slots.comeback, 'comeback.plan.ask', { buttons: true, retryKey: 'comeback.plan.retry' });
  }

  private async choiceStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = answerOf<PlanChoice>(step.result);
    if (choice === 'update') return this.ask(step, Steps.comebackNextStep, Slots.text, 'comeback.next-step.ask');
    if (choice === 'restart') {
      const { consent } = await this.profile(step);
      await this.services.profile.set(step.context, { consent });
      await this.say(step, Steps.welcome, 'welcome.restart');
      return step.endDialog('restart' satisfies ComebackResult);
    }
    await this.say(step, Steps.comebackPlan, 'comeback.plan.kept');
    return this.finish(step);
  }

  private async updatedStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const nextStep = answerOf<string>(step.result);
    const profile = await this.profile(step);
    if (nextStep === null) {
      await this.say(step, Steps.comebackPlan, 'comeback.plan.kept');
      return this.finish(step);
    }
    await this.updateProfile(step, { previousNextStep: profile.nextStep ?? null, nextStep });
    const reply = this.services.replies.text(Steps.comebackNextStep, 'comeback.next-step.reflect', { words: quote(nextStep) });
    reply.channelData.quotesYoungPerson = true;
    await step.context.sendActivity(reply);
    return this.finish(step);
  }

  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.updateProfile(step, { finished: true, finishedAt: this.services.now().toISOString() });
    return step.endDialog('done' satisfies ComebackResult);
  }
}
