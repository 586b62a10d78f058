import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Messages } from '../../src/content/messages.js';
import { contentDir, projectRoot } from '../../src/paths.js';
import { crisisKinds } from '../../src/understanding/crisis.js';
import { PLAN_SECTIONS } from '../../src/plan/planSections.js';
import { replyKinds } from '../../src/understanding/replyKind.js';
import { QUALIFICATIONS, SCHOOL_STATUSES, WISHES } from '../../src/understanding/types.js';

const messages = Messages.load(contentDir);
const defined = new Set(messages.keys());

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Program code that may name message keys (steps live in dialogs/steps.ts and are not keys). */
const sources = [...sourceFiles(join(projectRoot, 'src')), ...sourceFiles(join(projectRoot, 'dialogs'))]
  .filter((file) => !file.endsWith('steps.ts'))
  .map((file) => ({
    file: relative(projectRoot, file),
    text: readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(import|export .* from|\/\/|\*|\/\*)/.test(line))
      .join('\n'),
  }));

/** Dotted, lower-case string literals, as message keys are written; file names excluded. */
const literalKeys = sources.flatMap(({ file, text }) =>
  [...text.matchAll(/'([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)'/g)]
    .map((m) => m[1] ?? '')
    .filter((key) => !/\.(ya?ml|jsonl?|ts|js|png|zip|css|html|svg|transcript)$/.test(key))
    .map((key) => ({ file, key })),
);

/** Template literals that build keys, such as `outcome.${wish}.intro`, as patterns. */
const templates = sources.flatMap(({ text }) =>
  [...text.matchAll(/`((?:[a-z0-9.-]|\$\{[\w.?]+\})+)`/g)]
    .map((m) => m[1] ?? '')
    .filter((template) => template.includes('.') && template.includes('${'))
    .map((template) => template.split(/\$\{[\w.?]+\}/).map((part) => part.replace(/\./g, '\\.')).join('[a-z0-9.-]+'))
    .map((pattern) => new RegExp(`^${pattern}$`)),
);

/** The questions asked in free text, and the others; each has its explanation (and the open ones another angle). */
const openQuestions = [
  ...['welcome.useful-for', 'future.desired', 'future.people', 'successes.moment', 'successes.strengths', 'successes.strengths-person'],
  ...['progress.next-step', 'progress.confidence-basis', 'progress.confidence-higher', 'progress.supporters', 'obstacles', 'wrapup.takeaway', 'wrapup.missed'],
];
/** Follow-ups are explained but have no other angle: "weet ik niet" moves on at once. */
const followUpQuestions = ['future.more', 'future.different', 'successes.did', 'successes.person', 'progress.strengths-used'];
const closedQuestions = ['welcome.consent', 'intake.age', 'intake.school', 'intake.qualification', 'intake.region', 'wish', 'progress.confidence', 'wrapup.useful-check', 'wrapup.score'];

/** The keys the code builds from values, for every value it can have. */
const builtKeys = [
  ...WISHES.flatMap((wish) => [`outcome.${wish}.intro`, `summary.wish.${wish}`]),
  ...SCHOOL_STATUSES.map((status) => `summary.school.${status}`),
  ...QUALIFICATIONS.map((qualification) => `summary.qualification.${qualification}`),
  ...PLAN_SECTIONS.map((label) => `summary.label.${label}`),
  ...crisisKinds.map((kind) => `crisis.opening.${kind}`),
  ...['en', 'fr'].map((language) => `kb.language.${language}`),
  ...openQuestions.flatMap((question) => [`${question}.explain`, `${question}.dont-know`]),
  ...[...followUpQuestions, ...closedQuestions].map((question) => `${question}.explain`),
  ...replyKinds.filter((kind) => kind !== 'answer').map((kind) => `reply.check.${kind}`),
  ...['en', 'fr'].flatMap((language) => ['intro', 'phone', 'website'].map((part) => `crisis.foreign.${language}.${part}`)),
  ...['phone', 'chat', 'website'].flatMap((channel) =>
    ['always', 'open', 'closed', 'unknown'].map((availability) => `crisis.line.${channel}.${availability}`),
  ),
];

describe('message keys', () => {
  test('when the code names a message key, then the key exists in content/messages', () => {
    const missing = literalKeys.filter(({ key }) => !defined.has(key));
    expect(missing).toEqual([]);
  });

  test('when the code builds a key from a value, then the key exists for every value', () => {
    expect(builtKeys.filter((key) => !defined.has(key))).toEqual([]);
    for (const key of builtKeys) expect(templates.some((pattern) => pattern.test(key))).toBe(true);
  });

  test('when a key is defined in content/messages, then the code uses it', () => {
    const used = new Set(literalKeys.map(({ key }) => key));
    const unused = [...defined].filter((key) => !used.has(key) && !templates.some((pattern) => pattern.test(key)));
    expect(unused).toEqual([]);
  });

  test('when a message has a placeholder, then it is written {name} and the text is plain', () => {
    for (const key of defined) {
      const text = messages.text(key, new Proxy({}, { get: (_t, name) => `<${String(name)}>` }));
      expect({ key, text }).toEqual({ key, text: expect.not.stringMatching(/[{}]/) });
    }
  });
});
