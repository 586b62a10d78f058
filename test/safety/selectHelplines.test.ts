import { contentDir } from '../../src/paths.js';
import { type Helpline, loadHelplines } from '../../src/safety/helplines.js';
import { helplineAvailability } from '../../src/safety/openingHours.js';
import { selectHelplines } from '../../src/safety/selectHelplines.js';

const SUNDAY_NIGHT = new Date('2026-11-22T22:30:00Z'); // Sunday 23:30 in Brussels
const MONDAY_3AM = new Date('2026-11-23T02:00:00Z');
const TUESDAY_AFTERNOON = new Date('2026-11-24T13:00:00Z'); // Tuesday 14:00

const line = (id: string, phone: NonNullable<Helpline['phone']>, extra: Partial<Helpline> = {}): Helpline => ({
  id,
  name: id,
  for: ['violence'],
  emergency: false,
  regions: ['flanders'],
  languages: ['nl'],
  phone,
  source: { url: 'https://example.org', note: 'test' },
  checked: '2026-11-22',
  ...extra,
});

const office = line('office', { number: '1000', hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }] });
const unknown = line('unknown', { number: '2000', hoursUnverified: true, hoursUrl: 'https://example.org' });
const always = line('always', { number: '3000', hours: 'always' });
const other = line('other', { number: '4000', hours: 'always' }, { for: ['homeless'] });

describe('selectHelplines', () => {
  test('when it is Sunday night, then a closed service comes after unknown hours and always-open lines come first', () => {
    expect(selectHelplines([office, unknown, always, other], 'violence', SUNDAY_NIGHT).map((h) => h.id)).toEqual(['always', 'unknown', 'office']);
  });

  test('when the office is open, then it comes right after the always-open line', () => {
    expect(selectHelplines([office, unknown, always], 'violence', TUESDAY_AFTERNOON).map((h) => h.id)).toEqual(['always', 'office', 'unknown']);
  });

  test('when helplines are equally available, then they keep the order of the file', () => {
    const second = line('second', { number: '5000', hours: 'always' });
    expect(selectHelplines([second, always], 'violence', SUNDAY_NIGHT).map((h) => h.id)).toEqual(['second', 'always']);
  });

  describe('with the project helplines', () => {
    const helplines = loadHelplines(contentDir);
    const ids = (kind: Parameters<typeof selectHelplines>[1], now: Date): string[] => selectHelplines(helplines, kind, now).map((h) => h.id);

    test.each([SUNDAY_NIGHT, MONDAY_3AM, TUESDAY_AFTERNOON])('when someone is suicidal at %s, then the Zelfmoordlijn comes first and 112 is offered', (now) => {
      const chosen = ids('suicide', now);
      expect(chosen[0]).toBe('zelfmoordlijn');
      expect(chosen).toContain('noodnummer');
      expect(chosen).toContain('tele-onthaal');
    });

    test.each(['abuse', 'violence', 'sexual-violence'] as const)('when the kind is %s, then 112 and 101 come first and 1712 is offered', (kind) => {
      const chosen = ids(kind, SUNDAY_NIGHT);
      expect(chosen.slice(0, 2)).toEqual(['noodnummer', 'politie']);
      expect(chosen).toContain('1712');
    });

    test('when someone has nowhere to sleep, then no suicide line is offered but the JAC is', () => {
      const chosen = ids('homeless', SUNDAY_NIGHT);
      expect(chosen).toContain('jac');
      expect(chosen).not.toContain('zelfmoordlijn');
    });

    test.each(['suicide', 'self-harm', 'abuse', 'violence', 'sexual-violence', 'homeless'] as const)(
      'when the kind is %s at night, then no closed service is listed before an open one',
      (kind) => {
        const ranks = selectHelplines(helplines, kind, MONDAY_3AM).map((h) => ['always', 'open', 'unknown', 'closed'].indexOf(helplineAvailability(h, MONDAY_3AM)));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      },
    );
  });
});
