import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { PathStep } from '../src/paths/schema.js';
import type { Wish } from '../src/understanding/types.js';
import { DialogIds } from './dialogIds.js';
import { HandoverDialog } from './handoverDialog.js';
import { PhaseDialog } from './phaseDialog.js';
import type { Profile } from './profile.js';
import type { ConversationServices } from './services.js';
import { Slots, answerOf } from './slots.js';
import { outcomeStep } from './steps.js';

/** What one turn may say on a phone (issue 20), cards aside. */
export const TURN_CHARACTERS = 600;

/** Room a button's number and line break take where buttons are shown as text ("\n1. "). */
const BUTTON_TEXT_ROOM = 4;

/** Where the path's next page starts, passed when the waterfall starts again for it. */
interface PageOptions {
  from?: number;
}

/**
 * The outcome path (kapstok 4): the small steps for the chosen outcome that hold for this young
 * person's age, region and qualification (content/paths.yaml), numbered; then the people nearby as
 * one card and the offer of a call-back. So that a turn fits on a phone, the steps come in pages:
 * when they do not all fit with the offer, the bot shows what fits and asks whether they want to
 * see more.
 */
export class OutcomeDialog extends PhaseDialog {
  constructor(services: ConversationServices) {
    super(DialogIds.outcome, services, [
      (step) => this.pageStep(step),
      (step) => this.moreStep(step),
      (step) => this.handoverStep(step),
      (step) => this.doneStep(step),
    ]);
    this.addDialog(new HandoverDialog(services));
  }

  private async pageStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const from = (step.options as PageOptions | undefined)?.from ?? 0;
    const profile = await this.profile(step);
    const wish: Wish = profile.wish ?? 'unsure';
    const steps = this.pathOf(profile, wish);
    const job = this.jobRoute(profile);
    const lastPageRoom = TURN_CHARACTERS - this.questionLength('handover.offer') - (job ? job.text.length + 2 : 0);
    const fitsWithOffer = this.pageLength(wish, steps, from, steps.length) <= lastPageRoom;
    const to = fitsWithOffer ? steps.length : this.pageEnd(wish, steps, from, TURN_CHARACTERS - this.questionLength('outcome.more.ask'));
    const page = this.page(wish, steps, from, to);
    const reply = this.services.replies.text(outcomeStep(wish), page.key, page.vars);
    if (to >= steps.length) {
      await step.context.sendActivity(job ? { ...reply, text: `${reply.text}\n\n${job.text}`, attachments: [this.services.replies.linkButtons(job.links)] } : reply);
      await this.sendContacts(step, profile, wish);
      return step.next();
    }
    await step.context.sendActivity(reply);
    (step.values as { to?: number }).to = to;
    return this.ask(step, outcomeStep(wish), Slots.yesNo, 'outcome.more.ask', { buttons: true });
  }

  /** After "Wil je nog meer stappen zien?": the next page, or the people nearby. */
  private async moreStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === undefined) return step.next();
    const { to } = step.values as { to?: number };
    if (answerOf<string>(step.result) === 'yes' && to !== undefined) {
      const options: PageOptions = { from: to };
      return step.replaceDialog(DialogIds.waterfall, options);
    }
    const profile = await this.profile(step);
    await this.sendContacts(step, profile, profile.wish ?? 'unsure');
    return step.next();
  }

  /**
   * When their future or their choice named a job or field: the ways to it for their age, shown
   * under the last page of steps, with its pages as link buttons (onderwijskiezer.be for a job the
   * list does not know).
   */
  private jobRoute(profile: Profile): { text: string; links: ReadonlyArray<{ title: string; url: string }> } | undefined {
    const job = this.services.plans.jobOf(profile);
    if (!job) return undefined;
    return { text: [job.intro, ...job.ways.map((way) => `• ${way}`)].join('\n'), links: job.links };
  }

  private async handoverStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(DialogIds.handover);
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog();
  }

  private pathOf(profile: Profile, wish: Wish): PathStep[] {
    return this.services.paths.for({ age: profile.age, region: profile.place?.region, qualification: profile.qualification }, wish);
  }

  private async sendContacts(step: WaterfallStepContext, profile: Profile, wish: Wish): Promise<void> {
    await step.context.sendActivity(this.services.referrals.replyFor(profile, wish, 'referral.intro'));
  }

  /**
   * Where a page from `from` ends when the rest does not fit with the offer: as many steps as fit
   * in `budget` characters, at least one, and at least one left for the next page.
   */
  private pageEnd(wish: Wish, steps: readonly PathStep[], from: number, budget: number): number {
    let to = from + 1;
    while (to < steps.length - 1 && this.pageLength(wish, steps, from, to + 1) <= budget) to += 1;
    return to;
  }

  /** A yes-or-no question with its buttons, which a channel without buttons shows as text ("1. Ja"). */
  private questionLength(key: string): number {
    const { messages } = this.services.replies;
    const buttons = ['button.yes', 'button.no'].map((button) => messages.text(button).length + BUTTON_TEXT_ROOM);
    return messages.text(key).length + buttons.reduce((sum, length) => sum + length, 0);
  }

  private pageLength(wish: Wish, steps: readonly PathStep[], from: number, to: number): number {
    const { key, vars } = this.page(wish, steps, from, to);
    return this.services.replies.messages.text(key, vars).length;
  }

  /** The message of the steps `from` to `to`, numbered; the first page starts with the intro for the choice. */
  private page(wish: Wish, steps: readonly PathStep[], from: number, to: number): { key: string; vars: Record<string, string> } {
    const numbered = steps
      .slice(from, to)
      .map((pathStep, index) => `${from + index + 1}. ${pathStep.text}`)
      .join('\n');
    if (from > 0) return { key: 'outcome.path.next', vars: { steps: numbered } };
    return { key: 'outcome.path', vars: { intro: this.services.replies.messages.text(`outcome.${wish}.intro`), steps: numbered } };
  }
}
