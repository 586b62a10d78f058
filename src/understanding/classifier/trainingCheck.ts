/**
 * Checks the training lines of every trained classifier for what an editor can get wrong: the same
 * line twice, one line under two labels, and a line that is also in the development set (a line
 * the model was trained on measures nothing).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locator, type Locate } from '../../content/yamlFile.js';
import { readTrainingSet, type TrainingLine } from './trainingSet.js';

/** Case, accents and punctuation do not make a line different. */
const sameLine = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function checkTrainingSets(contentDir: string): string[] {
  const root = join(contentDir, 'understanding', 'training');
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((slot) => checkSlot(contentDir, slot));
}

function checkSlot(contentDir: string, slot: string): string[] {
  const errors: string[] = [];
  const folder = join(contentDir, 'understanding', 'training', slot);
  const locators = new Map<string, Locate>();
  /** `training/<slot>/<file>: line …, column …: problem`, for the training line `line`. */
  const at = (line: TrainingLine, problem: string): string => {
    const locate = locators.get(line.file) ?? locator(join(folder, line.file));
    locators.set(line.file, locate);
    return `training/${slot}/${line.file}: ${locate([line.language, line.index], problem)}`;
  };
  const seen = new Map<string, TrainingLine>();
  for (const line of readTrainingSet(folder)) {
    const key = sameLine(line.text);
    const earlier = seen.get(key);
    if (earlier && earlier.label !== line.label) {
      errors.push(at(line, `"${line.text}" is also a line of ${earlier.file}; one line can teach only one label`));
    } else if (earlier) {
      errors.push(at(line, `"${line.text}" is there twice`));
    }
    seen.set(key, line);
  }
  const devFile = join(contentDir, 'understanding', 'dev', `${slot}.jsonl`);
  if (!existsSync(devFile)) return errors;
  for (const raw of readFileSync(devFile, 'utf8').split('\n')) {
    if (raw.trim() === '') continue;
    const text: unknown = (JSON.parse(raw) as { text?: unknown }).text;
    const found = typeof text === 'string' ? seen.get(sameLine(text)) : undefined;
    if (found) errors.push(at(found, `a line is also in dev/${slot}.jsonl ("${String(text)}"); remove it from training`));
  }
  return errors;
}
