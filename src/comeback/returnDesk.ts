import type { Storage, TurnContext } from 'botbuilder';
import type { Profile } from '../../dialogs/profile.js';
import type { ReturnDesk, ReturnEntry, ReturnWay } from '../../dialogs/services.js';
import { ClientRateLimit } from '../console/clientRateLimit.js';
import { codeIn } from './returnCode.js';
import { samePlace, type ConversationPlace, type ReturnPass, type ReturnPasses } from './returnPasses.js';

/** Where the private link and its calendar file live on this server. */
export const RETURN_PATH = '/terug';

export function returnLinkPath(token: string): string {
  return `${RETURN_PATH}/${token}`;
}

export function calendarPath(token: string): string {
  return `${RETURN_PATH}/${token}/agenda.ics`;
}

export interface ReturnDeskOptions {
  passes: ReturnPasses;
  /** The bot state (the same storage ConversationState and UserState use). */
  storage: Storage;
  now: () => Date;
  /** The public base URL; without it there is no link, only the code. */
  publicUrl: string;
  /** Whether push reminders are configured (VAPID keys). */
  push: boolean;
  /** Tries of a code or link per conversation and per user: five in fifteen minutes unless given. */
  limit?: ClientRateLimit;
}

/** The state keys botbuilder's ConversationState and UserState use for a conversation. */
export function stateKeys(place: ConversationPlace): { conversation: string; user: string } {
  return { conversation: `${place.channelId}/conversations/${place.conversationId}/`, user: `${place.channelId}/users/${place.userId}/` };
}

export function placeOf(context: TurnContext): ConversationPlace {
  const { channelId, conversation, from } = context.activity;
  return { channelId, conversationId: conversation.id, userId: from.id };
}

/**
 * Gives the way back (a code and a private link) and lets a young person continue with it in
 * another conversation, on any channel: the plan (the profile) moves into the new conversation,
 * and the old conversation's state is deleted, so there is one copy of it.
 */
export class StoredReturnDesk implements ReturnDesk {
  readonly push: boolean;
  readonly #limit: ClientRateLimit;

  constructor(private readonly options: ReturnDeskOptions) {
    this.push = options.push;
    this.#limit = options.limit ?? new ClientRateLimit({ max: 5, windowMs: 15 * 60_000 });
  }

  codeIn(text: string): string | undefined {
    return codeIn(text);
  }

  async issue(context: TurnContext, followUpAt?: Date): Promise<ReturnEntry> {
    const issued = await this.options.passes.issue(placeOf(context), this.options.now(), followUpAt);
    const base = this.options.publicUrl.replace(/\/$/, '');
    return {
      code: issued.code,
      linkToken: issued.linkToken,
      ...(base !== '' ? { linkUrl: `${base}${returnLinkPath(issued.linkToken)}` } : {}),
      ...(base !== '' && followUpAt ? { calendarUrl: `${base}${calendarPath(issued.linkToken)}` } : {}),
    };
  }

  async enter(context: TurnContext, way: ReturnWay): Promise<'limited' | 'unknown' | { profile: Profile }> {
    const place = placeOf(context);
    const tries = [`${place.channelId}/c/${place.conversationId}`, `${place.channelId}/u/${place.userId}`];
    if (!tries.map((key) => this.#limit.take(key)).every(Boolean)) return 'limited';
    const pass = 'code' in way ? await this.options.passes.byCode(way.code) : await this.options.passes.byLink(way.link);
    if (!pass) return 'unknown';
    const profile = await this.#takePlan(pass, place);
    if (profile === undefined) return 'unknown';
    await this.options.passes.continueIn(pass, place, this.options.now());
    return { profile };
  }

  /** The plan of the pass's conversation; moved out of its old state when it lives elsewhere. */
  async #takePlan(pass: ReturnPass, place: ConversationPlace): Promise<Profile | undefined> {
    const from = stateKeys(pass.current);
    const to = stateKeys(place);
    const items = await this.options.storage.read([from.user]);
    const profile = (items[from.user] as { profile?: Profile } | undefined)?.profile;
    if (samePlace(pass.current, place)) return profile ?? {};
    if (profile === undefined) return undefined;
    const old = [from.conversation, ...(from.user !== to.user ? [from.user] : [])];
    await this.options.storage.delete(old);
    return profile;
  }
}
