import type { ChannelHours } from '../../src/safety/helplines.js';
import { brusselsTime, channelAvailability } from '../../src/safety/openingHours.js';

const evenings: ChannelHours = { hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '17:00', to: '24:00' }] };
const officeHours: ChannelHours = { hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }] };

describe('opening hours in Brussels time', () => {
  test.each([
    ['2026-01-11T22:30:00Z', 'sun', '23:30'], // winter: UTC+1
    ['2026-07-12T22:30:00Z', 'mon', '00:30'], // summer: UTC+2, already Monday in Brussels
    ['2026-03-29T00:59:00Z', 'sun', '01:59'], // just before the clocks go forward
    ['2026-03-29T01:00:00Z', 'sun', '03:00'], // just after
  ])('when it is %s UTC, then in Brussels it is %s %s', (iso, day, time) => {
    expect(brusselsTime(new Date(iso))).toEqual({ day, time });
  });

  test.each([
    [evenings, '2026-11-22T16:30:00Z', 'open'], // Sunday 17:30
    [evenings, '2026-11-22T22:59:00Z', 'open'], // Sunday 23:59
    [evenings, '2026-11-22T23:00:00Z', 'closed'], // Monday 00:00
    [officeHours, '2026-11-24T07:59:00Z', 'closed'], // Tuesday 08:59
    [officeHours, '2026-11-24T08:00:00Z', 'open'], // Tuesday 09:00
    [officeHours, '2026-11-24T16:00:00Z', 'closed'], // Tuesday 17:00
    [officeHours, '2026-11-22T10:00:00Z', 'closed'], // Sunday
  ] as const)('when a channel has hours, then it is open or closed at the right moment (%#)', (hours, iso, expected) => {
    expect(channelAvailability(hours, new Date(iso))).toBe(expected);
  });

  test('when a channel is always open or has unverified hours, then the time does not matter', () => {
    const night = new Date('2026-11-22T02:00:00Z');
    expect(channelAvailability({ hours: 'always' }, night)).toBe('always');
    expect(channelAvailability({ hoursUnverified: true, hoursUrl: 'https://example.org' }, night)).toBe('unknown');
  });
});
