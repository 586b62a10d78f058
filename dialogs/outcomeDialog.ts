import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { Wish } from '../src/understanding/types.js';
import { DialogIds } from './dialogIds.js';
import { HandoverDialog } from './handoverDialog.js';
import { PhaseDialog } from './phaseDialog.js';
import type { Profile } from './profile.js';
import type { Reply } from './replies.js';
import type { ConversationServices } from './services.js';
import { outcomeStep } from './steps.js';

/**
 * The outcome path (kapstok 4): the small steps for the chosen outcome that hold for this young
 * person's age, region and qualification (content/paths.yaml), as one numbered message; then the
 * people nearby as one card; then the offer of a call-back. Three messages in all.
 */
export class OutcomeDialog extends PhaseDialog {
  constructor(services: ConversationServices) {
    super(DialogIds.outcome, services, [(step) => this.pathStep(step), (step) => this.handoverStep(step), (step) => this.doneStep(step)]);
    this.addDialog(new HandoverDialog(services));
  }

  private async pathStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await this.profile(step);
    const wish: Wish = profile.wish ?? 'unsure';
    const path = this.services.replies.text(outcomeStep(wish), 'outcome.path', this.pathText(profile, wish));
    await step.context.sendActivity(this.withJobRoute(path, profile));
    await step.context.sendActivity(this.services.referrals.replyFor(profile, wish, 'referral.intro'));
    return step.next();
  }

  /** The intro for the choice and the numbered steps, filled into the `outcome.path` message. */
  private pathText(profile: Profile, wish: Wish): { intro: string; steps: string } {
    const steps = this.services.paths.for({ age: profile.age, region: profile.place?.region, qualification: profile.qualification }, wish);
    return {
      intro: this.services.replies.messages.text(`outcome.${wish}.intro`),
      steps: steps.map((pathStep, index) => `${index + 1}. ${pathStep.text}`).join('\n'),
    };
  }

  /**
   * When their future or their choice named a job or field: the ways to it for their age, under the
   * steps in the same message, with its pages as link buttons (onderwijskiezer.be for a job the
   * list does not know).
   */
  private withJobRoute(path: Reply, profile: Profile): Reply {
    const job = this.services.plans.jobOf(profile);
    if (!job) return path;
    const text = [path.text, [job.intro, ...job.ways.map((way) => `• ${way}`)].join('\n')].join('\n\n');
    return { ...path, text, attachments: [this.services.replies.linkButtons(job.links)] };
  }

  private async handoverStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(DialogIds.handover);
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog();
  }
}
