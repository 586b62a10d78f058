import type { TurnContext } from 'botbuilder';

const FORGOTTEN = Symbol('forgotten');

/** Marks the turn as the one in which the young person's data was deleted. */
export function markForgotten(context: TurnContext): void {
  context.turnState.set(FORGOTTEN, true);
}

/** Whether the young person's data was deleted in this turn: nothing of it may be written again. */
export function isForgotten(context: TurnContext): boolean {
  return context.turnState.get(FORGOTTEN) === true;
}
