import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConversationState, MemoryStorage, UserState, type Activity } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import type { Profile } from '../../dialogs/profile.js';
import type { ConversationServices } from '../../dialogs/services.js';
import { createServices } from '../../src/conversationServices.js';
import { createLogger } from '../../src/logger.js';
import { createFileRecords } from '../../src/records/lowdb/fileRecords.js';
import { JsonDocuments } from '../../src/records/lowdb/jsonDocuments.js';
import { ReturnPasses } from '../../src/comeback/returnPasses.js';
import { StoredReturnDesk } from '../../src/comeback/returnDesk.js';
import type { Records } from '../../src/records/types.js';
import { ChannelFallback } from '../../src/channelFallback.js';
import { loadContent, type Content } from '../../src/content/loadContent.js';
import { TraceFilter } from '../../src/traceFilter.js';
import { SaveStateUnlessForgotten } from './saveState.js';
import { contentDir } from '../../src/paths.js';

let shared: Content | undefined;
let recordsRoot: string | undefined;

/** One temp folder per test file for the file records, removed when the file's tests are done. */
function recordsDir(): string {
  recordsRoot ??= mkdtempSync(join(tmpdir(), 'perspectiefbot-records-'));
  return mkdtempSync(join(recordsRoot, 'h-'));
}

afterAll(() => {
  if (recordsRoot) rmSync(recordsRoot, { recursive: true, force: true });
});

/** The real content, loaded once per test file. */
export function content(): Content {
  shared ??= loadContent(contentDir);
  return shared;
}

export interface Harness {
  services: ConversationServices;
  /** What the storage holds, by key, as JSON text. */
  memory: Record<string, string>;
  conversationState: ConversationState;
  userState: UserState;
  /** Call-back requests, insights and conversation records, as lowdb files in a temp folder. */
  records: Records;
  /** Return passes (codes and links), as lowdb files in a temp folder. */
  passes: ReturnPasses;
}

/** Real services on real content, in-memory bot state and file records; the clock is fixed unless given. */
export function harness(now: Date = new Date('2026-11-24T10:00:00Z')): Harness {
  const memory: Record<string, string> = {};
  const storage = new MemoryStorage(memory);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const dir = recordsDir();
  const records = createFileRecords(dir, () => now);
  const passes = new ReturnPasses(new JsonDocuments(join(dir, 'returns', 'passes')), new JsonDocuments(join(dir, 'returns', 'conversations')));
  const services = createServices({
    content: content(),
    conversationState,
    userState,
    records,
    logger: createLogger('silent'),
    now: () => now,
    forgetElsewhere: async () => undefined,
    welcomeBackAfterMs: 6 * 3_600_000,
    retentionDays: 90,
    comeback: new StoredReturnDesk({ passes, storage, now: () => now, publicUrl: 'https://bot.example.org', push: false }),
  });
  return { services, memory, conversationState, userState, records, passes };
}

/** A test client for one dialog, with the bot's own middleware, saving state after every turn. */
export function dialogClient(h: Harness, dialog: Dialog, channelId = 'test'): DialogTestClient {
  const middleware = [new SaveStateUnlessForgotten(h.conversationState, h.userState), new TraceFilter(), new ChannelFallback()];
  return new DialogTestClient(channelId, dialog, undefined, middleware, h.conversationState);
}

/** One turn of a transcript: what the young person says, and the steps (and texts) the bot answers with. */
export interface Turn {
  user: string;
  steps: string[];
  /** Patterns the replies must contain, in any of the turn's messages. */
  says?: RegExp[];
}

export interface TurnReplies {
  steps: string[];
  texts: string[];
  activities: Partial<Activity>[];
}

/** Sends one message and collects every reply of that turn. */
export async function send(client: DialogTestClient, text: string): Promise<TurnReplies> {
  const activities: Partial<Activity>[] = [];
  let reply: Partial<Activity> | undefined = await client.sendActivity(text);
  while (reply) {
    activities.push(reply);
    reply = client.getNextReply();
  }
  return {
    activities,
    steps: activities.map((a) => String((a.channelData as { step?: unknown } | undefined)?.step)),
    texts: activities.map((a) => a.text ?? String((a.channelData as { fallbackText?: unknown } | undefined)?.fallbackText ?? '')),
  };
}

/**
 * How much one turn says: its messages and their characters, cards aside (a card, or the plain text
 * that stands in for it on a channel without cards, carries `channelData.fallbackText`).
 */
export function turnSize(replies: TurnReplies): { messages: number; characters: number } {
  const said = replies.activities.filter((activity) => typeof (activity.channelData as { fallbackText?: unknown } | undefined)?.fallbackText !== 'string');
  return { messages: said.length, characters: said.reduce((sum, activity) => sum + (activity.text ?? '').length, 0) };
}

/** Plays a transcript turn by turn, checking the steps and texts of every reply. */
export async function play(client: DialogTestClient, turns: readonly Turn[]): Promise<void> {
  for (const turn of turns) {
    const replies = await send(client, turn.user);
    expect({ user: turn.user, steps: replies.steps }).toEqual({ user: turn.user, steps: turn.steps });
    for (const pattern of turn.says ?? []) {
      expect({ user: turn.user, texts: replies.texts.join('\n') }).toEqual({ user: turn.user, texts: expect.stringMatching(pattern) });
    }
  }
}

/** Where the test adapter's user state is stored on a channel. */
const userKey = (channelId: string) => `${channelId}/users/user1/`;

/** The profile kept in user state, as stored at the end of the last turn. */
export function storedProfile(h: Harness, channelId = 'test'): Profile {
  const stored = h.memory[userKey(channelId)];
  const item: unknown = stored ? JSON.parse(String(stored)) : {};
  return (item as { profile?: Profile }).profile ?? {};
}

/** Puts a profile in user state before a turn, as an earlier conversation would have left it. */
export function seedProfile(h: Harness, profile: Profile, channelId = 'test'): void {
  const stored = h.memory[userKey(channelId)];
  const item: unknown = stored ? JSON.parse(String(stored)) : {};
  h.memory[userKey(channelId)] = JSON.stringify({ ...(item as object), profile, eTag: '*' });
}
