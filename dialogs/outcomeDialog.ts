import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { Wish } from '../src/understanding/types.js';
import { DialogIds } from './dialogIds.js';
import { HandoverDialog } from './handoverDialog.js';
import { PhaseDialog } from './phaseDialog.js';
import type { Profile } from './profile.js';
import type { ConversationServices } from './services.js';
import { Steps, outcomeStep } from './steps.js';

/** Personal notes: shown after the path when the rule that differs applies to this young person. */
const NOTES: ReadonlyArray<{ key: string; applies: (profile: Profile, wish: Wish) => boolean }> = [
  { key: 'outcome.note.under-18', applies: (p) => typeof p.age === 'number' && p.age < 18 },
  { key: 'outcome.note.no-qualification', applies: (p, wish) => p.qualification === 'none' && wish !== 'study' },
  { key: 'outcome.note.other-qualification', applies: (p, wish) => p.qualification === 'other-qualification' && wish !== 'study' },
  { key: 'outcome.note.brussel', applies: (p) => p.place?.region === 'brussel' },
  { key: 'outcome.note.wallonie', applies: (p) => p.place?.region === 'wallonie' },
];

/** The outcome path (kapstok 4): concrete small steps for the chosen outcome, personalised. */
export class OutcomeDialog extends PhaseDialog {
  constructor(services: ConversationServices) {
    super(DialogIds.outcome, services, [(step) => this.pathStep(step), (step) => this.handoverStep(step), (step) => this.doneStep(step)]);
    this.addDialog(new HandoverDialog(services));
  }

  private async pathStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await this.profile(step);
    const wish: Wish = profile.wish ?? 'unsure';
    const stepName = outcomeStep(wish);
    await this.say(step, stepName, `outcome.${wish}.intro`);
    await this.say(step, stepName, `outcome.${wish}.steps`);
    for (const note of NOTES.filter((n) => n.applies(profile, wish))) {
      await this.say(step, stepName, note.key);
    }
    await this.say(step, Steps.referral, 'referral.intro');
    await step.context.sendActivity(this.services.referrals.replyFor(profile, wish));
    return step.next();
  }

  private async handoverStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(DialogIds.handover);
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog();
  }
}
