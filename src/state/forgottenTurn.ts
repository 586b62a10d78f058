import type { BotState, Middleware, TurnContext } from 'botbuilder';

const FORGOTTEN = Symbol('forgotten');

/** Marks the turn as the one in which the young person's data was deleted. */
export function markForgotten(context: TurnContext): void {
  context.turnState.set(FORGOTTEN, true);
}

/** Whether the young person's data was deleted in this turn: nothing of it may be written again. */
export function isForgotten(context: TurnContext): boolean {
  return context.turnState.get(FORGOTTEN) === true;
}

/**
 * Saves the bot state once, after the turn (like botbuilder's AutoSaveStateMiddleware), except in
 * the turn that deleted it: the dialog and the middleware still touch state after the delete, and
 * saving that would write the conversation's state file again.
 */
export class SaveStateUnlessForgotten implements Middleware {
  private readonly states: readonly BotState[];

  constructor(...states: BotState[]) {
    this.states = states;
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    await next();
    if (isForgotten(context)) return;
    await Promise.all(this.states.map((state) => state.saveChanges(context, false)));
  }
}
