import type { Activity } from 'botbuilder';
import type { Redactor } from '../privacy/redact.js';

/** What Web Chat needs back of a young person's channel data: the id that matches its echo. */
const CLIENT_FIELDS = ['clientActivityID', 'clientTimestamp'] as const;

/**
 * An activity of the web chat history as it may be stored: what was said or shown redacted like a
 * transcript (the bot's texts too, as its summary repeats what the young person typed), and of
 * the young person's channel data only the fields Web Chat matches its echo with.
 */
export function redactedActivity(redactor: Redactor): (activity: Activity) => Activity {
  return (activity) => {
    const bot = activity.from?.role === 'bot';
    const { text, speak, value, attachments, suggestedActions, channelData } = activity;
    const content = redactor.redactDeep({ text, speak, value, attachments, suggestedActions }, { remember: bot });
    return {
      ...activity,
      ...content,
      channelData: bot ? redactor.redactDeep(channelData, { remember: true }) : clientFields(channelData),
    };
  };
}

function clientFields(channelData: unknown): Record<string, unknown> | undefined {
  if (typeof channelData !== 'object' || channelData === null) return undefined;
  const kept = Object.entries(channelData).filter(([key, value]) => (CLIENT_FIELDS as readonly string[]).includes(key) && typeof value === 'string');
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}
