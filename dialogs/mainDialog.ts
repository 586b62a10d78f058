import type { Activity } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { RETURN_EVENT } from '../src/comeback/returnEvent.js';
import { ComebackDialog, type ComebackResult } from './comebackDialog.js';
import { DialogIds } from './dialogIds.js';
import { FutureDialog } from './futureDialog.js';
import { HandoverDialog } from './handoverDialog.js';
import { IntakeDialog } from './intakeDialog.js';
import { Interruptions } from './interruptions.js';
import { ObstaclesDialog } from './obstaclesDialog.js';
import { OutcomeDialog } from './outcomeDialog.js';
import { ProgressDialog } from './progressDialog.js';
import { hasPlan } from './profile.js';
import { sendReturnPass } from './returnPass.js';
import type { ConversationServices } from './services.js';
import { Steps } from './steps.js';
import { SuccessesDialog } from './successesDialog.js';
import { SummaryDialog } from './summaryDialog.js';
import { WelcomeDialog } from './welcomeDialog.js';
import { WishDialog } from './wishDialog.js';
import { WrapupDialog } from './wrapupDialog.js';

/**
 * The whole perspective conversation (seed 000, kapstokken 2-4), phase after phase, with the
 * safety check, global commands and factual questions able to interrupt at any step.
 */
export class MainDialog extends ComponentDialog {
  private readonly interruptions: Interruptions;

  constructor(private readonly services: ConversationServices) {
    super(DialogIds.main);
    this.interruptions = new Interruptions(services);
    this.addDialog(new WelcomeDialog(services))
      .addDialog(new IntakeDialog(services))
      .addDialog(new FutureDialog(services))
      .addDialog(new SuccessesDialog(services))
      .addDialog(new WishDialog(services))
      .addDialog(new OutcomeDialog(services))
      .addDialog(new ProgressDialog(services))
      .addDialog(new ObstaclesDialog(services))
      .addDialog(new WrapupDialog(services))
      .addDialog(new SummaryDialog(services))
      .addDialog(new HandoverDialog(services))
      .addDialog(new ComebackDialog(services))
      .addDialog(
        new WaterfallDialog(DialogIds.mainFlow, [
          (step) => this.welcomeStep(step),
          (step) => this.intakeStep(step),
          (step) => this.futureStep(step),
          (step) => this.successesStep(step),
          (step) => this.wishStep(step),
          (step) => this.outcomeStep(step),
          (step) => this.progressStep(step),
          (step) => this.obstaclesStep(step),
          (step) => this.wrapupStep(step),
          (step) => this.summaryStep(step),
        ]),
      );
    this.initialDialogId = DialogIds.mainFlow;
  }

  /**
   * A first message with a crisis signal gets the helplines; the welcome waits until they go on. A
   * code or a private link continues the talk it belongs to; a finished talk with a plan becomes a
   * follow-up talk.
   */
  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    const { activity } = innerDc.context;
    const link = returnLinkOf(activity);
    if (link !== undefined) return this.afterComeback(innerDc, await this.interruptions.comeBack(innerDc, { link }));
    const text = activity.type === 'message' ? (activity.text ?? '').trim() : '';
    const asksHowToReturn = this.services.phrases.command(text) === 'comeback';
    if (activity.type === 'message' && !asksHowToReturn && (await this.interruptions.opening(innerDc)) === 'paused') return Dialog.EndOfTurn;
    const code = this.services.comeback.codeIn(text);
    if (code !== undefined) return this.afterComeback(innerDc, await this.interruptions.comeBack(innerDc, { code }));
    return (await this.atFinishedTalk(innerDc, text, asksHowToReturn)) ?? super.onBeginDialog(innerDc, options);
  }

  /**
   * After a finished talk with a plan: the way back when they ask for it, a short word when they
   * write right after the summary, and the follow-up talk when they come back later. Undefined
   * when the talk begins as usual.
   */
  private async atFinishedTalk(innerDc: DialogContext, text: string, asksHowToReturn: boolean): Promise<DialogTurnResult | undefined> {
    const profile = await this.services.profile.get(innerDc.context, {});
    if (asksHowToReturn) {
      await sendReturnPass(innerDc.context, this.services);
      return hasPlan(profile) ? { status: DialogTurnStatus.complete } : undefined;
    }
    if (text === '' || !hasPlan(profile)) return undefined;
    const endedAt = Date.parse(profile.finishedAt ?? '') || 0;
    if (this.services.now().getTime() - endedAt >= this.services.welcomeBackAfterMs) {
      return this.afterComeback(innerDc, await innerDc.beginDialog(DialogIds.comeback));
    }
    await innerDc.context.sendActivity(this.services.replies.text(Steps.comebackPlan, 'comeback.recent'));
    return { status: DialogTurnStatus.complete };
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const link = returnLinkOf(innerDc.context.activity);
    if (link !== undefined) return this.afterComeback(innerDc, await this.interruptions.comeBack(innerDc, { link }));
    if (innerDc.context.activity.type === 'message') {
      const interrupted = await this.interruptions.handle(innerDc);
      if (interrupted) return this.afterComeback(innerDc, interrupted);
    }
    if (!innerDc.activeDialog) return innerDc.beginDialog(DialogIds.mainFlow);
    return this.afterComeback(innerDc, await super.onContinueDialog(innerDc));
  }

  /** After a follow-up talk in which the young person chose to start over, the talk begins again. */
  private async afterComeback(innerDc: DialogContext, result: DialogTurnResult): Promise<DialogTurnResult> {
    if (result.status === DialogTurnStatus.complete && result.result === ('restart' satisfies ComebackResult)) {
      return innerDc.beginDialog(DialogIds.mainFlow);
    }
    return result;
  }

  private welcomeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(DialogIds.welcome);
  }

  private intakeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(DialogIds.intake);
  }

  private futureStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(DialogIds.future);
  }

  private successesStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(DialogIds.successes);
  }

  private wishStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(DialogIds.wish);
  }

  private outcomeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(DialogIds.outcome);
  }

  private progressStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(DialogIds.progress);
  }

  private obstaclesStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(DialogIds.obstacles);
  }

  private wrapupStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(DialogIds.wrapup);
  }

  private summaryStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(DialogIds.summary);
  }
}

/** The private link's token of a return event from the web page, if the activity is one. */
function returnLinkOf(activity: Activity): string | undefined {
  return activity.type === 'event' && activity.name === RETURN_EVENT && typeof activity.value === 'string' ? activity.value : undefined;
}
