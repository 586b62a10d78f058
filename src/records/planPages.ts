import type { Plan } from '../plan/plan.js';
import { conversationKey } from './conversationKey.js';
import type { DocumentCollection } from './documentCollection.js';
import { isLinkToken, linkId, newLinkToken, seal, unseal, type Sealed } from './sealedLink.js';

const PURPOSE = 'plan page';

/** A plan kept for its private link: found by a hash of the token, readable only with the token. */
export interface StoredPlanPage {
  /** The key it is stored under: a hash of the token. */
  id: string;
  /** The conversation's one-way key (conversationKey), so the page goes when the conversation does. */
  conversation: string;
  /** ISO time the link was made. */
  createdAt: string;
  plan: Sealed;
}

/** Which link a conversation has now, by its one-way key. */
export interface ConversationPlanLink {
  conversation: string;
  page: string;
  createdAt: string;
}

/** The plans behind the private links of the printable plan page, one link per conversation. */
export interface PlanPageStore {
  /** Keeps the plan behind a new link, in place of the conversation's earlier one; resolves with the link's token. */
  publish(channelId: string, conversationId: string, plan: Plan): Promise<string>;
  /** The plan behind a token, if it was made at or after `notBefore`; undefined for any other token. */
  open(token: string, notBefore: Date): Promise<Plan | undefined>;
  /** Deletes the conversation's page (by its conversationKey). */
  forgetConversation(key: string): Promise<void>;
  /** Deletes the pages made before `cutoff`; returns how many. */
  deleteOlderThan(cutoff: Date): Promise<number>;
}

/** The plan pages in two document collections: the pages by a hash of their token, and each conversation's current page. */
export class DocumentPlanPages implements PlanPageStore {
  constructor(
    private readonly pages: DocumentCollection<StoredPlanPage>,
    private readonly links: DocumentCollection<ConversationPlanLink>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async publish(channelId: string, conversationId: string, plan: Plan): Promise<string> {
    const token = newLinkToken();
    const page = linkId(PURPOSE, token);
    const conversation = conversationKey(channelId, conversationId);
    const createdAt = this.now().toISOString();
    await this.pages.put(page, { id: page, conversation, createdAt, plan: seal(PURPOSE, token, plan) });
    let earlier: string | undefined;
    await this.links.update(conversation, (current) => {
      earlier = current?.page;
      return { conversation, page, createdAt };
    });
    if (earlier !== undefined && earlier !== page) await this.pages.delete(earlier);
    return token;
  }

  async open(token: string, notBefore: Date): Promise<Plan | undefined> {
    if (!isLinkToken(token)) return undefined;
    const stored = await this.pages.get(linkId(PURPOSE, token));
    if (stored === undefined || stored.createdAt < notBefore.toISOString()) return undefined;
    const plan = unseal(PURPOSE, token, stored.plan);
    return isPlan(plan) ? plan : undefined;
  }

  /** Deletes the conversation's current page, and any earlier one a failed write left behind. */
  async forgetConversation(key: string): Promise<void> {
    const link = await this.links.get(key);
    if (link !== undefined) await this.pages.delete(link.page);
    await this.links.delete(key);
    const left = (await this.pages.list()).filter((page) => page.conversation === key);
    await Promise.all(left.map((page) => this.pages.delete(page.id)));
  }

  async deleteOlderThan(cutoff: Date): Promise<number> {
    const before = cutoff.toISOString();
    const [pages, links] = await Promise.all([this.pages.list(), this.links.list()]);
    const old = pages.filter((page) => page.createdAt < before);
    await Promise.all(old.map((page) => this.pages.delete(page.id)));
    await Promise.all(links.filter((link) => link.createdAt < before).map((link) => this.#deleteLinkIfStillOld(link.conversation, before)));
    return old.length;
  }

  /** A link made again since it was listed stays. */
  async #deleteLinkIfStillOld(key: string, before: string): Promise<void> {
    const link = await this.links.get(key);
    if (link !== undefined && link.createdAt < before) await this.links.delete(key);
  }
}

function isPlan(value: unknown): value is Plan {
  if (typeof value !== 'object' || value === null) return false;
  const plan = value as Partial<Record<keyof Plan, unknown>>;
  return typeof plan.title === 'string' && [plan.situation, plan.steps, plan.rules, plan.contacts, plan.helplines].every(Array.isArray);
}
