import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../logger.js';
import type { ReturnPasses } from './returnPasses.js';

/**
 * Keeps a return code alive as long as its conversation: every message in a conversation that has
 * one moves the code's retention to today (once a day at most), so the code never expires before
 * the plan it leads to. A failure is logged and never reaches the young person.
 */
export class PassTouch implements Middleware {
  constructor(
    private readonly passes: ReturnPasses,
    private readonly now: () => Date,
    private readonly logger: Logger,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    await next();
    const { type, channelId, conversation } = context.activity;
    if (type !== 'message' || !conversation) return;
    try {
      await this.passes.touch({ channelId, conversationId: conversation.id }, this.now());
    } catch (error) {
      this.logger.warn({ err: error, conversation: conversation.id }, 'could not keep a return code alive');
    }
  }
}
