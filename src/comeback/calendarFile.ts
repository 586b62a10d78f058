import { createHash } from 'node:crypto';

export interface CalendarEvent {
  /** The agreed day (its date in Brussels is used: an all-day event). */
  day: Date;
  title: string;
  description: string;
  /** The private link back to the conversation. */
  url: string;
  now: Date;
}

const brusselsDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

/** YYYYMMDD of a moment in Brussels. */
function dateOf(moment: Date): string {
  return brusselsDate.format(moment).replaceAll('-', '');
}

function nextDate(date: string): string {
  const day = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8)) + 1));
  return day.toISOString().slice(0, 10).replaceAll('-', '');
}

/** RFC 5545 text: backslash, semicolon, comma and line breaks escaped. */
function text(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** RFC 5545 folding: lines of at most 75 octets, continued with a space. */
function fold(line: string): string {
  const parts: string[] = [];
  let rest = line;
  let limit = 75;
  while (Buffer.byteLength(rest) > limit) {
    let cut = limit;
    while (Buffer.byteLength(rest.slice(0, cut)) > limit) cut -= 1;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
    limit = 74;
  }
  parts.push(rest);
  return parts.join('\r\n ');
}

/**
 * An iCalendar file (RFC 5545) with one all-day event on the agreed follow-up day, a reminder at
 * ten in the morning, and the private link back; what a young person puts in their own agenda.
 */
export function calendarFile(event: CalendarEvent): string {
  const start = dateOf(event.day);
  const stamp = event.now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const uid = createHash('sha256').update(event.url).digest('hex').slice(0, 24);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Perspectiefbot//Terugkomen//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${uid}@perspectiefbot`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${start}`,
    `DTEND;VALUE=DATE:${nextDate(start)}`,
    `SUMMARY:${text(event.title)}`,
    `DESCRIPTION:${text(`${event.description}\n${event.url}`)}`,
    `URL:${event.url}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:PT10H',
    `DESCRIPTION:${text(event.title)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
