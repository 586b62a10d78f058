/** Whether a helpline channel is open at a moment, in Brussels time. */
import { type ChannelHours, type Helpline, type Weekday, weekdays } from './helplines.js';

export type Availability = 'always' | 'open' | 'unknown' | 'closed';

/** Best first: a service that is always open, then one open now, then unknown hours, then closed. */
export const availabilityRank: Readonly<Record<Availability, number>> = { always: 0, open: 1, unknown: 2, closed: 3 };

const TIME_ZONE = 'Europe/Brussels';
const brusselsClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The weekday and "HH:MM" in Brussels at `now`. */
export function brusselsTime(now: Date): { day: Weekday; time: string } {
  const parts = brusselsClock.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const day = weekdays.find((d) => d === part('weekday').toLowerCase());
  if (!day) throw new Error(`unexpected weekday "${part('weekday')}" from Intl.DateTimeFormat`);
  return { day, time: `${part('hour')}:${part('minute')}` };
}

export function channelAvailability(channel: ChannelHours, now: Date): Availability {
  if (channel.hours === undefined) return 'unknown';
  if (channel.hours === 'always') return 'always';
  const { day, time } = brusselsTime(now);
  return channel.hours.some((s) => s.days.includes(day) && s.from <= time && time < s.to) ? 'open' : 'closed';
}

/** The best availability over the helpline's phone, chat and website. */
export function helplineAvailability(helpline: Helpline, now: Date): Availability {
  const channels = [helpline.phone, helpline.chat, helpline.website].filter((c) => c !== undefined);
  return channels
    .map((c) => channelAvailability(c, now))
    .reduce<Availability>((best, a) => (availabilityRank[a] < availabilityRank[best] ? a : best), 'closed');
}
