import { Messages } from '../../src/content/messages.js';
import { contentDir } from '../../src/paths.js';
import { crisisKinds } from '../../src/understanding/crisis.js';

const messages = Messages.load(contentDir);
const channels = ['phone', 'chat', 'website'] as const;
const availabilities = ['always', 'open', 'closed', 'unknown'] as const;

describe('safety messages', () => {
  test.each(crisisKinds)('when the kind is %s, then there is a warm opening without "waarom"', (kind) => {
    const text = messages.text(`crisis.opening.${kind}`);
    expect(text.length).toBeGreaterThan(20);
    expect(text.toLowerCase()).not.toContain('waarom');
  });

  test.each(channels.flatMap((c) => availabilities.map((a) => [c, a] as const)))(
    'when a %s channel is %s, then there is a line with the name and the way to reach it',
    (channel, availability) => {
      const text = messages.text(`crisis.line.${channel}.${availability}`, {
        name: 'Testlijn',
        phone: '1813',
        url: 'https://example.org',
        hoursUrl: 'https://example.org/uren',
      });
      expect(text).toContain('Testlijn');
      expect(text).toContain(channel === 'phone' ? '1813' : 'https://example.org');
    },
  );

  test('when the reply ends, then it asks whether they are safe and says the conversation waits for them', () => {
    expect(messages.text('crisis.safe.question')).toMatch(/veilig/);
    expect(messages.text('crisis.safe.question')).toMatch(/als jij dat wil/);
    expect(messages.text('crisis.danger', { phone: '112' })).toContain('112');
  });

  test.each(['en', 'fr'])('when the young person writes %s, then the line in their language names the emergency number', (language) => {
    expect(messages.text(`crisis.foreign.${language}.intro`, { phone: '112' })).toContain('112');
  });
});
