import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { DialogIds } from './dialogIds.js';
import type { HandoverOptions } from './handoverDialog.js';
import { hasPlan } from './profile.js';
import { sendReturnPass } from './returnPass.js';
import type { ReturnWay } from './services.js';
import { SafetyGuard } from './safetyGuard.js';
import type { ConversationServices } from './services.js';
import { ReplyKinds, waitingQuestion } from './replyKinds.js';
import { TurnReading } from './turnReading.js';
import { confirmation, slotRecognizers } from './slots.js';
import { Steps } from './steps.js';

const END_OF_TURN: DialogTurnResult = { status: DialogTurnStatus.waiting };

/**
 * What may interrupt any step, in order: the safety check, global commands, and factual questions.
 * After an interruption the open question is asked again, so nothing the young person said is lost.
 */
export class Interruptions {
  private readonly guard: SafetyGuard;
  private readonly replyKinds: ReplyKinds;

  constructor(private readonly services: ConversationServices) {
    const recognizers = slotRecognizers(services);
    this.guard = new SafetyGuard(services);
    this.replyKinds = new ReplyKinds(services, (slot, text, context) => recognizers.get(slot)?.(text, context) != null);
  }

  /** Handles the message if it interrupts; returns undefined when the active dialog should take it. */
  async handle(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    const { context } = dc;
    const text = (context.activity.text ?? '').trim();
    await this.welcomeBackIfQuiet(dc);
    if (text === '') return undefined;
    const safety = await this.guard.handle(dc, text);
    if (safety === 'resume') return this.resume(dc);
    if (safety !== 'pass') return safety.done;

    const flags = await this.services.flags.get(context, {});
    if (flags.pendingDelete) return (await this.finishDelete(dc, text)) === 'deleted' ? { status: DialogTurnStatus.complete } : this.resume(dc);

    if (flags.lastKbId && this.services.knowledge.isSourcesButton(text)) return this.sendSources(dc, flags.lastKbId);
    const code = this.services.comeback.codeIn(text);
    if (code !== undefined) return this.comeBack(dc, { code });
    const command = this.services.phrases.command(text);
    if (command === 'help' || command === 'restart' || command === 'delete' || command === 'comeback') return this.command(dc, command);
    const question = waitingQuestion(dc);
    const reading = await this.replyKinds.read(dc, text, command, question);
    if (!reading) return END_OF_TURN;
    if (reading.kind !== 'dont-know' && flags.dontKnowAt) {
      await this.services.flags.set(context, { ...(await this.services.flags.get(context, {})), dontKnowAt: undefined });
    }
    switch (reading.kind) {
      case 'human': {
        // Asked again during a hand-over (or while the talk waits after one): that one starts over.
        const options: HandoverOptions = { askedFor: true };
        return dc.activeDialog?.id === DialogIds.handover ? dc.replaceDialog(DialogIds.handover, options) : dc.beginDialog(DialogIds.handover, options);
      }
      case 'stop':
        await context.sendActivity(this.services.replies.text(Steps.stop, 'stop.text'));
        await dc.cancelAllDialogs();
        return { status: DialogTurnStatus.complete };
      case 'skip':
        context.turnState.set(TurnReading.skip, true);
        return undefined;
      case 'clarify':
        return this.replyKinds.explain(dc, question);
      case 'dont-know':
        return this.replyKinds.dontKnow(dc, question);
      case 'question':
        return this.answerQuestion(dc, reading.text, true);
      case 'answer':
        return question ? undefined : this.answerQuestion(dc, reading.text, false);
    }
  }

  /**
   * A code typed, or a private link opened: the conversation it belongs to continues here, with
   * the follow-up talk when it was finished. A wrong code, or too many tries, gets a kind answer and
   * the open question again.
   */
  async comeBack(dc: DialogContext, way: ReturnWay): Promise<DialogTurnResult> {
    const { context } = dc;
    const result = await this.services.comeback.enter(context, way);
    if (typeof result === 'string') {
      const key = result === 'limited' ? 'comeback.limited' : 'code' in way ? 'comeback.wrong' : 'comeback.link.wrong';
      await context.sendActivity(this.services.replies.text(Steps.comebackWrong, key));
      return this.resume(dc);
    }
    await this.services.profile.set(context, result.profile);
    await this.services.flags.set(context, { lastMessageAt: this.services.now().toISOString() });
    await dc.cancelAllDialogs();
    return dc.beginDialog(hasPlan(result.profile) ? DialogIds.comeback : DialogIds.mainFlow);
  }

  private async command(dc: DialogContext, command: 'help' | 'restart' | 'delete' | 'comeback'): Promise<DialogTurnResult> {
    const { context } = dc;
    switch (command) {
      case 'comeback':
        await sendReturnPass(context, this.services);
        return this.resume(dc);
      case 'help':
        await context.sendActivity(this.services.replies.text(Steps.help, 'help.text'));
        return this.resume(dc);
      case 'restart': {
        const profile = await this.services.profile.get(context, {});
        await this.services.profile.set(context, { consent: profile.consent });
        await dc.cancelAllDialogs();
        return dc.beginDialog(DialogIds.mainFlow);
      }
      case 'delete':
        await this.askToDelete(dc);
        return END_OF_TURN;
    }
  }

  /** Deletes the young person's data after an explicit yes; anything else keeps it. */
  private async finishDelete(dc: DialogContext, text: string): Promise<'deleted' | 'kept'> {
    const { context } = dc;
    const flags = await this.services.flags.get(context, {});
    await this.services.flags.set(context, { ...flags, pendingDelete: false });
    if (confirmation(this.services, text) !== 'yes') {
      await context.sendActivity(this.services.replies.text(Steps.delete, 'delete.cancelled'));
      return 'kept';
    }
    await dc.cancelAllDialogs();
    await this.services.forget(context);
    await context.sendActivity(this.services.replies.text(Steps.delete, 'delete.done'));
    return 'deleted';
  }

  /**
   * After the summary or after "stop" no dialog is active, yet "verwijder mijn gesprek" (and the yes
   * or no that confirms it) must still work: a declined delete goes on with the welcome.
   */
  private async deleteBetweenConversations(dc: DialogContext, text: string): Promise<'handled' | 'go-on'> {
    const { context } = dc;
    const flags = await this.services.flags.get(context, {});
    if (flags.pendingDelete) return (await this.finishDelete(dc, text)) === 'deleted' ? 'handled' : 'go-on';
    if (this.services.phrases.command(text) !== 'delete') return 'go-on';
    await this.askToDelete(dc);
    return 'handled';
  }

  private async askToDelete(dc: DialogContext): Promise<void> {
    const flags = await this.services.flags.get(dc.context, {});
    await this.services.flags.set(dc.context, { ...flags, pendingDelete: true });
    await dc.context.sendActivity(this.services.replies.withButtons(Steps.delete, 'delete.confirm', ['button.yes', 'button.no']));
  }

  /**
   * The first message of a conversation starts the welcome; before that, a crisis signal gets the
   * helplines and a factual question its answer, so nothing the young person opened with is lost.
   */
  async opening(dc: DialogContext): Promise<'paused' | 'go-on'> {
    const text = (dc.context.activity.text ?? '').trim();
    if (text === '') return 'go-on';
    const safety = await this.guard.handle(dc, text);
    if (safety !== 'pass' && safety !== 'resume') return 'paused';
    if ((await this.deleteBetweenConversations(dc, text)) === 'handled') return 'paused';
    if (!this.services.phrases.isQuestion(text)) return 'go-on';
    const match = this.services.understanding.topic(text);
    if (match.kind === 'answer') await this.sendAnswer(dc, match.id, text);
    return 'go-on';
  }

  /**
   * A factual question gets its answer from the knowledge base, then the open question again. A
   * message that is not a question (`asked` false) is answered only when the knowledge base knows it.
   */
  private async answerQuestion(dc: DialogContext, text: string, asked: boolean): Promise<DialogTurnResult | undefined> {
    const match = this.services.understanding.topic(text);
    const { context } = dc;
    if (match.kind === 'answer') {
      await this.sendAnswer(dc, match.id, text);
      return this.resume(dc);
    }
    if (match.kind === 'ambiguous') {
      const choice = this.services.knowledge.choose(match.ids);
      await this.replyKinds.offeredTopics(context, (choice.suggestedActions?.actions ?? []).map((action) => action.title ?? ''));
      await context.sendActivity(choice);
      return END_OF_TURN;
    }
    if (!asked) return undefined;
    await this.services.unanswered.record(text, { channelId: context.activity.channelId, conversationId: context.activity.conversation.id });
    await context.sendActivity(this.services.knowledge.unknown());
    return this.resume(dc);
  }

  /**
   * A knowledge-base answer; the entry is kept so the "Bronnen" button can show its sources, and the
   * abbreviations it explained so that later answers do not explain them again.
   */
  private async sendAnswer(dc: DialogContext, id: string, question: string): Promise<void> {
    const { context } = dc;
    const profile = await this.services.profile.get(context, {});
    const flags = await this.services.flags.get(context, {});
    const language = this.services.understanding.language(question);
    const answer = this.services.knowledge.answer(id, { question, profile, language, explained: flags.explainedAbbreviations ?? [] });
    await context.sendActivities(answer.replies);
    await this.services.flags.set(context, { ...(await this.services.flags.get(context, {})), lastKbId: id, explainedAbbreviations: answer.explained });
  }

  /** The sources of the last answer, after the "Bronnen" button; then the open question again. */
  private async sendSources(dc: DialogContext, id: string): Promise<DialogTurnResult> {
    const profile = await this.services.profile.get(dc.context, {});
    const sources = this.services.knowledge.sources(id, profile);
    if (sources) await dc.context.sendActivity(sources);
    return this.resume(dc);
  }

  /** Asks the open question again; while the conversation waits after a crisis signal, asks nothing. */
  private async resume(dc: DialogContext): Promise<DialogTurnResult> {
    const flags = await this.services.flags.get(dc.context, {});
    if (flags.safety?.stage === 'paused') return END_OF_TURN;
    if (!dc.activeDialog) return dc.beginDialog(DialogIds.mainFlow);
    await dc.repromptDialog();
    return END_OF_TURN;
  }

  private async welcomeBackIfQuiet(dc: DialogContext): Promise<void> {
    const flags = await this.services.flags.get(dc.context, {});
    const now = this.services.now();
    const last = flags.lastMessageAt ? Date.parse(flags.lastMessageAt) : undefined;
    await this.services.flags.set(dc.context, { ...flags, lastMessageAt: now.toISOString() });
    if (last !== undefined && now.getTime() - last > this.services.welcomeBackAfterMs && dc.activeDialog) {
      const back = this.services.replies.text(Steps.welcome, 'welcome.back.same');
      if (flags.crisis) back.text = `${back.text ?? ''}\n\n${this.services.safety.reminder(now)}`;
      await dc.context.sendActivity(back);
    }
  }
}
