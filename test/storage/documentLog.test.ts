import { endsWhole, logLine, needsCompaction, newestDocument } from '../../src/storage/documentLog.js';

describe('document log', () => {
  it.each([
    ['an empty file', '', null],
    ['one line', '{"n":1}\n', '{"n":1}'],
    ['three lines', '{"n":1}\n{"n":2}\n{"n":3}\n', '{"n":3}'],
    ['a last line cut off', '{"n":1}\n{"n":2}\n{"n":', '{"n":2}'],
    ['one line and a cut-off one', '{"n":1}\n{"n', '{"n":1}'],
    ['one compact document without a line break (an older file)', '{"n":1}', '{"n":1}'],
    ['one pretty-printed document (an older file)', '{\n  "n": 1\n}', '{\n  "n": 1\n}'],
  ])('when a file holds %s, then its newest document is the right one', (_, text, newest) => {
    expect(newestDocument(text)).toBe(newest);
  });

  it('when a document is made a line, then the log gives it back as its newest', () => {
    const document = JSON.stringify({ text: 'twee\nregels' });

    expect(newestDocument(logLine('{"n":1}') + logLine(document))).toBe(document);
  });

  it.each([
    ['', true],
    ['{"n":1}\n', true],
    ['{"n":1}', false],
    ['{"n":1}\n{"n', false],
  ])('when a file holds %j, then appending to it is allowed: %s', (text, allowed) => {
    expect(endsWhole(text)).toBe(allowed);
  });

  it.each([
    [1_000, 1_000, false],
    [31_000, 1_000, false],
    [32_000, 1_000, true],
    [30_000, 5_000, false],
    [36_000, 5_000, true],
  ])('when a log of %i bytes gets a line of %i bytes, then it is replaced instead: %s', (logBytes, lineBytes, replaced) => {
    expect(needsCompaction(logBytes, lineBytes)).toBe(replaced);
  });
});
