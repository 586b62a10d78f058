import {
  ComponentDialog,
  Dialog,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { DialogIds } from './dialogIds.js';
import { FutureDialog } from './futureDialog.js';
import { HandoverDialog } from './handoverDialog.js';
import { IntakeDialog } from './intakeDialog.js';
import { Interruptions } from './interruptions.js';
import { ObstaclesDialog } from './obstaclesDialog.js';
import { OutcomeDialog } from './outcomeDialog.js';
import { ProgressDialog } from './progressDialog.js';
import type { ConversationServices } from './services.js';
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

  constructor(services: ConversationServices) {
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

  /** A first message with a crisis signal gets the helplines; the welcome waits until they go on. */
  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    if (innerDc.context.activity.type === 'message' && (await this.interruptions.opening(innerDc)) === 'paused') {
      return Dialog.EndOfTurn;
    }
    return super.onBeginDialog(innerDc, options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (innerDc.context.activity.type === 'message') {
      const interrupted = await this.interruptions.handle(innerDc);
      if (interrupted) return interrupted;
    }
    if (!innerDc.activeDialog) return innerDc.beginDialog(DialogIds.mainFlow);
    return super.onContinueDialog(innerDc);
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
