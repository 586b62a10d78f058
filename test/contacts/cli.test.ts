import { spawnSync } from 'node:child_process';
import { projectRoot } from '../../src/paths.js';

function runCli(...args: string[]) {
  return spawnSync('npx', ['tsx', 'src/cli/contacts.ts', ...args], { cwd: projectRoot, encoding: 'utf8' });
}

describe('contacts CLI', () => {
  test('when asked for a postcode, age and wish, then it prints the chosen contacts as one JSON array', () => {
    const result = runCli('--postcode', '1080', '--age', '17', '--wish', 'study');
    expect(result.status).toBe(0);
    const contacts: unknown = JSON.parse(result.stdout);
    expect(Array.isArray(contacts)).toBe(true);
    const ids = (contacts as { id: string; outcomes: string[] }[]).map((c) => c.id);
    expect(ids.length).toBeGreaterThanOrEqual(1);
    expect(ids.length).toBeLessThanOrEqual(3);
    expect(ids).toContain('leerwinkel-brussel');
    expect(result.stdout).toContain('\n  {');
  });

  test.each(['9000', '2000', '3500', '8000', '1080'])(
    'when asked for postcode %s, age 16 and work, then it lists local organisations, each with its source and check date',
    (postcode) => {
      const result = runCli('--postcode', postcode, '--age', '16', '--wish', 'work');
      expect(result.status).toBe(0);
      const contacts = JSON.parse(result.stdout) as { coverage: unknown; source: { ref: string; checked: string } }[];
      expect(contacts.length).toBeGreaterThan(0);
      expect(contacts.some((c) => c.coverage !== 'all')).toBe(true);
      for (const { source } of contacts) {
        expect(source.ref.length).toBeGreaterThan(0);
        expect(source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    },
  );

  test('when asked for a municipality with a typo and someone to talk to, then it answers', () => {
    const result = runCli('--municipality', 'Mechlen', '--outcome', 'talk');
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { outcomes: string[] }[]).every((c) => c.outcomes.includes('talk'))).toBe(true);
  });

  test.each([
    [['--postcode', '10800'], '--postcode'],
    [['--age', 'zeventien'], '--age'],
    [['--wish', 'dansen'], '--wish'],
    [['--municipality', 'Atlantis'], '--municipality'],
    [['--colour', 'blue'], 'colour'],
  ])('when the arguments are %j, then it explains and exits with 2', (args, mention) => {
    const result = runCli(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(mention);
    expect(result.stdout).toBe('');
  });
});
