import { ActivityTypes, type Activity } from 'botbuilder';
import { z } from 'zod';

/** Longest channel, conversation, user or activity id taken (files and blobs are named by a hash of it). */
export const MAX_ID_LENGTH = 1024;
/** Longest message text taken (Teams allows about 28 KB). */
export const MAX_TEXT_LENGTH = 20_000;
/** Deepest nesting of objects and arrays in a request body. */
export const MAX_DEPTH = 32;

/** Incoming activity types the bot takes; it answers no invokes, so they are refused up front. */
const TAKEN_TYPES = Object.values(ActivityTypes).filter((type) => type !== ActivityTypes.Invoke && type !== ActivityTypes.InvokeResponse);

const id = z.string().min(1).max(MAX_ID_LENGTH);
const account = z.looseObject({ id, name: z.string().max(512).default(''), role: z.string().max(64).optional() });
const member = z.looseObject({ id, name: z.string().max(512).default('') });
/** A timestamp the SDK and the bot read as a Date; one that is not a valid date is left out. */
const timestamp = z
  .string()
  .max(64)
  .optional()
  .transform((value) => {
    const date = value === undefined ? undefined : new Date(value);
    return date !== undefined && !Number.isNaN(date.getTime()) ? date : undefined;
  });
/** Members of a conversation update: anything but an array counts as none, and entries without an id are skipped. */
const members = z.preprocess(
  (value) => (Array.isArray(value) ? value.filter((entry) => member.safeParse(entry).success) : undefined),
  z.array(member).max(100).optional(),
);

const activitySchema = z.looseObject({
  type: z.enum(TAKEN_TYPES),
  id: id.optional(),
  channelId: id,
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
  conversation: z.looseObject({ id, isGroup: z.boolean().default(false), conversationType: z.string().max(64).default(''), name: z.string().max(512).default('') }),
  from: account,
  recipient: account,
  /** A text that is not a string counts as no text. */
  text: z.preprocess((value) => (typeof value === 'string' ? value : undefined), z.string().max(MAX_TEXT_LENGTH).optional()),
  membersAdded: members,
  membersRemoved: members,
  deliveryMode: z.enum(['normal', 'expectReplies', 'notification', 'ephemeral']).optional(),
  locale: z.string().max(64).optional(),
  name: z.string().max(256).optional(),
  replyToId: id.optional(),
  textFormat: z.enum(['markdown', 'plain', 'xml']).optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  attachments: z.array(z.looseObject({ contentType: z.string().max(256) })).max(50).optional(),
  entities: z.array(z.looseObject({ type: z.string().max(256) })).max(50).optional(),
  timestamp,
  localTimestamp: timestamp,
  expiration: timestamp,
});

export type ActivityCheck = { ok: true; activity: Activity } | { ok: false; reason: string };

/**
 * Checks a request body (the raw JSON text) against the shape of a Bot Framework activity. A bad
 * one gets a short, generic reason that names at most the field, never the value.
 */
export function checkActivity(body: string): ActivityCheck {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  if (tooDeep(parsed)) return { ok: false, reason: 'nested too deeply' };
  const result = activitySchema.safeParse(parsed);
  if (!result.success) {
    const field = result.error.issues[0]?.path.filter((part) => typeof part === 'string').join('.');
    return { ok: false, reason: field ? `invalid ${field}` : 'not an activity' };
  }
  const activity: Partial<Activity> = withoutUndefined(result.data);
  // botframework-schema declares a few fields channels leave out (callerId, label, …) as required.
  return { ok: true, activity: activity as Activity };
}

/** Whether objects and arrays nest deeper than MAX_DEPTH (checked without recursion). */
function tooDeep(value: unknown): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= MAX_DEPTH) return true;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
}

/** Leaves out the fields the schema turned into `undefined`, so `'text' in activity` stays honest. */
function withoutUndefined<T extends object>(activity: T): T {
  return Object.fromEntries(Object.entries(activity).filter(([, value]) => value !== undefined)) as T;
}
