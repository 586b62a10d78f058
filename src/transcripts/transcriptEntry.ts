import type { Activity } from 'botbuilder';
import type { Redactor } from '../privacy/redact.js';

export type Speaker = 'user' | 'bot';

/**
 * What a transcript keeps of one message: who spoke (a role, not the channel's account id or
 * name), when, and what was said or shown, redacted. Every string of the content is redacted, the
 * bot's too: its summary card repeats what the young person typed. The step stays in channelData.
 */
export function transcriptEntry(activity: Partial<Activity>, speaker: Speaker, id: string, timestamp: Date, redactor: Redactor): Activity {
  const { text, value, attachments, suggestedActions, channelData } = activity;
  const bot = speaker === 'bot';
  // The bot's texts come back in every conversation: their redaction is remembered, unless the text
  // quotes the young person's own words (an acknowledgement, dialogs/acknowledgement.ts).
  const quotes = typeof channelData === 'object' && channelData !== null && (channelData as { quotesYoungPerson?: unknown }).quotesYoungPerson === true;
  const content = redactor.redactDeep({ text, value, attachments, suggestedActions, channelData: bot ? channelData : undefined }, { remember: bot && !quotes });
  return {
    type: activity.type ?? 'message',
    id,
    timestamp,
    channelId: activity.channelId ?? '',
    conversation: { id: activity.conversation?.id ?? '' },
    from: { id: speaker, name: '', role: speaker },
    // Blob transcripts keep the recipient's id as metadata: a role here too, never an account id.
    recipient: { id: other(speaker), name: '', role: other(speaker) },
    ...withoutUndefined(content),
  } as Activity;
}

function other(speaker: Speaker): Speaker {
  return speaker === 'bot' ? 'user' : 'bot';
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;
}
