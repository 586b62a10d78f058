import { ContentError, parseYaml } from '../../src/content/yamlFile.js';
import { helplinesSchema, loadHelplines } from '../../src/safety/helplines.js';
import { contentDir } from '../../src/paths.js';

const FILE = 'helplines.yaml';
const valid = `- id: test-line
  name: Testlijn
  for: [suicide]
  regions: [flanders]
  phone: { number: '1813', hours: always }
  source: { url: https://example.org, note: test }
  checked: 2026-11-22
`;

function problemsOf(yaml: string): string {
  try {
    parseYaml(FILE, yaml, helplinesSchema);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error('expected a content error');
}

describe('helplines', () => {
  const helplines = loadHelplines(contentDir);
  const byId = new Map(helplines.map((h) => [h.id, h]));

  test('when the project file is loaded, then the numbers from the fact sheet are there', () => {
    expect(byId.get('zelfmoordlijn')?.phone?.number).toBe('1813');
    expect(byId.get('awel')?.phone?.number).toBe('102');
    expect(byId.get('tele-onthaal')?.phone?.number).toBe('106');
    expect(byId.get('noodnummer')?.phone?.number).toBe('112');
    expect(byId.get('politie')?.phone?.number).toBe('101');
    expect(byId.get('1712')?.phone?.number).toBe('1712');
    expect(byId.get('nupraatikerover')?.chat?.url).toBe('https://www.nupraatikerover.be');
  });

  test('when hours are not verified in the fact sheet, then the file says so and links to the service', () => {
    for (const id of ['awel', '1712', 'nupraatikerover']) {
      const line = byId.get(id);
      const channel = line?.phone ?? line?.chat;
      expect(channel?.hoursUnverified).toBe(true);
      expect(channel?.hoursUrl).toMatch(/^https:\/\//);
    }
  });

  test('when every crisis kind is looked up, then each has at least one helpline that is always open', () => {
    for (const kind of ['suicide', 'self-harm', 'abuse', 'violence', 'sexual-violence', 'homeless'] as const) {
      const always = helplines.filter((h) => h.for.includes(kind) && h.phone?.hours === 'always');
      expect(always.length).toBeGreaterThan(0);
    }
  });

  test('when a valid entry is parsed, then emergency defaults to false', () => {
    expect(parseYaml(FILE, valid, helplinesSchema)[0]?.emergency).toBe(false);
  });

  test.each([
    ['the phone has neither hours nor hoursUnverified', valid.replace(", hours: always", ''), /entry "test-line", field "phone"/],
    ['an hour is not HH:MM', valid.replace('hours: always', "hours: [{ days: [mon], from: '9u', to: '17:00' }]"), /entry "test-line", field "phone", field "hours", entry #1, field "from"/],
    ['a day is not a weekday code', valid.replace('hours: always', "hours: [{ days: [maandag], from: '09:00', to: '17:00' }]"), /entry "test-line", field "phone", field "hours": hours is "always" or a list of \{days: \[mon/],
    ['a kind is unknown', valid.replace('for: [suicide]', 'for: [sadness]'), /entry "test-line", field "for", entry #1/],
    ['the date checked is missing', valid.replace('  checked: 2026-11-22\n', ''), /entry "test-line", field "checked"/],
    ['there is no way to reach the line', valid.replace("  phone: { number: '1813', hours: always }\n", ''), /entry "test-line".*at least a phone, a chat or a website/],
    ['an id is used twice', valid + valid, /entry "test-line", field "id": id "test-line" is used twice/],
  ])('when %s, then the error names the file, entry and field', (_, yaml, expected) => {
    const message = problemsOf(yaml);
    expect(message).toContain(FILE);
    expect(message).toMatch(expected);
  });
});
