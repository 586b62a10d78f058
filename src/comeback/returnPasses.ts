import type { DocumentCollection } from '../records/documentCollection.js';
import { conversationKey } from '../records/conversationKey.js';
import { codeOfLink, formatCode, hashCode, hashLink, isLinkToken, newCode, newLinkToken, sameHash } from './returnCode.js';

/** A conversation a young person had: its channel, its id and who they were in it. */
export interface ConversationPlace {
  channelId: string;
  conversationId: string;
  userId: string;
}

/** A push subscription of a browser (the Push API's PushSubscriptionJSON, as web-push takes it). */
export interface PushSubscriptionRecord {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/**
 * The way back to a conversation, without the code or the link itself: only their hashes. Found by
 * the hash of its code; the link holds the code, so it finds the same pass.
 */
export interface ReturnPass {
  codeHash: string;
  linkHash: string;
  /** Where the plan lives now (the conversation it was last continued in). */
  current: ConversationPlace;
  /** The conversations it continued before, oldest first: deleted with it. */
  earlier: ConversationPlace[];
  /** ISO times: when the code was given, and when it was last given or used (retention counts from here). */
  issuedAt: string;
  touchedAt: string;
  /** How many times the young person came back with it. */
  returns: number;
  /** ISO time of the agreed follow-up day, if one was agreed. */
  followUpAt?: string;
  /** ISO time at which the follow-up push was sent. */
  pushedAt?: string;
  /** The browser that asked to be reminded on the follow-up day (Web Push), if any. */
  push?: PushSubscriptionRecord;
}

/** What the young person gets: the code to type and the token of the private link. */
export interface IssuedPass {
  code: string;
  linkToken: string;
}

/** Which pass a conversation has (by the code hash), kept under the conversation's one-way key. */
interface PassPointer {
  codeHash: string;
}

/**
 * Return passes, stored as documents (lowdb files under DATA_DIR): one per pass, by its code's
 * hash, and one pointer per conversation it belongs to, so that deleting a conversation finds it.
 */
export class ReturnPasses {
  constructor(
    private readonly passes: DocumentCollection<ReturnPass>,
    private readonly pointers: DocumentCollection<PassPointer>,
  ) {}

  /**
   * A new code and link for a conversation; an earlier pass of it stops working (its history is
   * kept). `followUpAt` is the agreed follow-up day, for the calendar file and the push.
   */
  async issue(place: ConversationPlace, now: Date, followUpAt?: Date): Promise<IssuedPass> {
    const previous = await this.ofConversation(place);
    const code = newCode();
    const linkToken = newLinkToken(code);
    const at = now.toISOString();
    const pass: ReturnPass = {
      codeHash: await hashCode(code),
      linkHash: hashLink(linkToken),
      current: place,
      earlier: previous?.earlier ?? [],
      issuedAt: at,
      touchedAt: at,
      returns: previous?.returns ?? 0,
      ...(followUpAt ? { followUpAt: followUpAt.toISOString() } : previous?.followUpAt ? { followUpAt: previous.followUpAt } : {}),
      ...(previous?.push ? { push: previous.push } : {}),
    };
    if (previous) await this.passes.delete(previous.codeHash);
    await this.passes.put(pass.codeHash, pass);
    await Promise.all([place, ...pass.earlier].map((p) => this.pointers.put(keyOf(p), { codeHash: pass.codeHash })));
    return { code: formatCode(code), linkToken };
  }

  /** The pass of a typed code, or undefined. */
  async byCode(code: string): Promise<ReturnPass | undefined> {
    return this.passes.get(await hashCode(code.replace(/[\s-]/g, '').toUpperCase()));
  }

  /** The pass of a private link's token, or undefined (also for a token that only starts with a right code). */
  async byLink(token: string): Promise<ReturnPass | undefined> {
    if (!isLinkToken(token)) return undefined;
    const pass = await this.byCode(codeOfLink(token));
    return pass && sameHash(pass.linkHash, hashLink(token)) ? pass : undefined;
  }

  /** The pass a conversation has, or undefined. */
  async ofConversation(place: Pick<ConversationPlace, 'channelId' | 'conversationId'>): Promise<ReturnPass | undefined> {
    const pointer = await this.pointers.get(keyOf(place));
    return pointer ? this.passes.get(pointer.codeHash) : undefined;
  }

  /** The young person came back with the pass in `place`: the pass moves there. */
  async continueIn(pass: ReturnPass, place: ConversationPlace, now: Date): Promise<ReturnPass> {
    const moved = !samePlace(pass.current, place);
    const next: ReturnPass = {
      ...pass,
      current: place,
      earlier: moved ? [...pass.earlier.filter((p) => !samePlace(p, place)), pass.current] : pass.earlier,
      touchedAt: now.toISOString(),
      returns: pass.returns + 1,
    };
    await this.passes.put(next.codeHash, next);
    await this.pointers.put(keyOf(place), { codeHash: next.codeHash });
    return next;
  }

  /** Keeps the browser's push subscription with the conversation's pass; false when it has none. */
  async subscribe(place: Pick<ConversationPlace, 'channelId' | 'conversationId'>, push: PushSubscriptionRecord): Promise<boolean> {
    const pass = await this.ofConversation(place);
    if (!pass) return false;
    await this.passes.put(pass.codeHash, { ...pass, push, pushedAt: undefined });
    return true;
  }

  /**
   * The young person is still talking in a conversation of the pass: its retention counts from
   * today, like the conversation's (written at most once a day). Nothing when it has no pass.
   */
  async touch(place: Pick<ConversationPlace, 'channelId' | 'conversationId'>, now: Date): Promise<void> {
    const pointer = await this.pointers.get(keyOf(place));
    if (!pointer) return;
    const today = now.toISOString().slice(0, 10);
    await this.passes.update(pointer.codeHash, (pass) => (pass && pass.touchedAt.slice(0, 10) < today ? { ...pass, touchedAt: now.toISOString() } : undefined));
  }

  /** Notes that the follow-up push was sent. */
  async markPushed(codeHash: string, at: Date): Promise<void> {
    await this.passes.update(codeHash, (pass) => (pass ? { ...pass, pushedAt: at.toISOString() } : undefined));
  }

  /** Forgets a browser's push subscription (the push service said it is gone). */
  async unsubscribe(codeHash: string): Promise<void> {
    await this.passes.update(codeHash, (pass) => (pass ? { ...pass, push: undefined } : undefined));
  }

  /**
   * Deletes the pass of a conversation (its code, link and push subscription stop working) and
   * resolves with every conversation it belonged to, so that those are deleted too.
   */
  async forget(place: Pick<ConversationPlace, 'channelId' | 'conversationId'>): Promise<ConversationPlace[]> {
    const pointer = await this.pointers.get(keyOf(place));
    await this.pointers.delete(keyOf(place));
    if (!pointer) return [];
    const pass = await this.passes.get(pointer.codeHash);
    if (!pass) return [];
    await this.remove(pass);
    return [pass.current, ...pass.earlier];
  }

  /** Deletes the passes last given or used before `cutoff` (the retention period); returns how many. */
  async deleteTouchedBefore(cutoff: Date): Promise<number> {
    const before = cutoff.toISOString();
    const old = (await this.passes.list()).filter((pass) => pass.touchedAt < before);
    for (const pass of old) await this.remove(pass);
    return old.length;
  }

  private async remove(pass: ReturnPass): Promise<void> {
    await this.passes.delete(pass.codeHash);
    await Promise.all([pass.current, ...pass.earlier].map((place) => this.pointers.delete(keyOf(place))));
  }
}

function keyOf(place: Pick<ConversationPlace, 'channelId' | 'conversationId'>): string {
  return conversationKey(place.channelId, place.conversationId);
}

export function samePlace(a: Pick<ConversationPlace, 'channelId' | 'conversationId'>, b: Pick<ConversationPlace, 'channelId' | 'conversationId'>): boolean {
  return a.channelId === b.channelId && a.conversationId === b.conversationId;
}
