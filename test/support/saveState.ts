import type { BotState, Middleware, TurnContext } from 'botbuilder';
import { isForgotten } from '../../src/state/forgottenTurn.js';

/**
 * For dialog tests without a TurnCommit: saves the bot state once after the turn, except in the
 * turn that deleted it (as TurnCommit does).
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
