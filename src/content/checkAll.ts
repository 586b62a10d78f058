import { checkContacts } from '../contacts/contentCheck.js';
import { checkKnowledge } from '../knowledge/contentCheck.js';
import { checkTrainingSets } from '../understanding/classifier/trainingCheck.js';
import { loadContent } from './loadContent.js';

export interface ContentReport {
  errors: string[];
  warnings: string[];
}

/**
 * Every content check in one report: the knowledge base, the contacts and the training lines in
 * depth, then (when those pass) every file by loading it exactly as the bot does at start-up.
 */
export function checkAllContent(contentDir: string, today: Date): ContentReport {
  const knowledge = checkKnowledge(contentDir, today);
  const contacts = checkContacts(contentDir);
  const errors = [...knowledge.errors, ...contacts.errors, ...checkTrainingSets(contentDir)];
  if (errors.length === 0) {
    try {
      loadContent(contentDir).understanding.warm();
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  return { errors, warnings: [...knowledge.warnings, ...contacts.warnings] };
}
