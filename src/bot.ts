import { ActivityHandler, type ConversationState, type StatePropertyAccessor } from 'botbuilder';
import { RETURN_EVENT } from './comeback/returnEvent.js';
import { runDialog, type Dialog, type DialogState } from 'botbuilder-dialogs';

/**
 * The bot: greets first when a young person joins and runs the conversation on every message.
 * Interruptions (safety, commands, questions) live in the dialog. State is saved once a turn, with
 * the eTags it was read with, by the TurnCommit middleware every adapter runs (src/index.ts), except
 * in the turn that deleted the young person's data.
 */
export class PerspectiveBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    conversationState: ConversationState,
    private readonly dialog: Dialog,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');

    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient.id);
      if (joined) await runDialog(this.dialog, context, this.dialogState);
      await next();
    });

    // The web page opening a private link (RETURN_EVENT) continues a conversation.
    this.onEvent(async (context, next) => {
      if (context.activity.name === RETURN_EVENT) await runDialog(this.dialog, context, this.dialogState);
      await next();
    });

    this.onMessage(async (context, next) => {
      await runDialog(this.dialog, context, this.dialogState);
      await next();
    });
  }
}
