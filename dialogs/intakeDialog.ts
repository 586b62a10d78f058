import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { DialogIds } from './dialogIds.js';
import { PhaseDialog } from './phaseDialog.js';
import type { ConversationServices } from './services.js';
import { Slots } from './slots.js';
import { Steps } from './steps.js';

/** The folder's three statements as questions: age, school, qualification; and where they live. */
export class IntakeDialog extends PhaseDialog {
  constructor(services: ConversationServices) {
    super(DialogIds.intake, services, [
      (step) => this.ageStep(step),
      (step) => this.schoolStep(step),
      (step) => this.qualificationStep(step),
      (step) => this.regionStep(step),
      (step) => this.doneStep(step),
    ]);
  }

  private async ageStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if ((await this.profile(step)).age === undefined) await this.say(step, Steps.age, 'intake.intro');
    return this.askUnlessKnown(step, 'age', Steps.age, Slots.age, 'intake.age.ask', { retryKey: 'intake.age.retry' });
  }

  private async schoolStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const age = await this.keep(step, 'age');
    if (typeof age === 'number') await this.say(step, Steps.age, 'intake.age.understood', { age });
    return this.askUnlessKnown(step, 'school', Steps.school, Slots.school, 'intake.school.ask', {
      buttons: true,
      retryKey: 'intake.school.retry',
    });
  }

  private async qualificationStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keep(step, 'school');
    return this.askUnlessKnown(step, 'qualification', Steps.qualification, Slots.qualification, 'intake.qualification.ask', {
      buttons: true,
      retryKey: 'intake.qualification.retry',
    });
  }

  private async regionStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keep(step, 'qualification');
    return this.askUnlessKnown(step, 'place', Steps.region, Slots.place, 'intake.region.ask', {
      retryKey: 'intake.region.retry',
    });
  }

  private async doneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await this.keep(step, 'place');
    return step.endDialog();
  }
}
