import { ContactDirectory } from '../contacts/directory.js';
import { lookupRegion } from '../contacts/region.js';
import type { Place } from '../../dialogs/profile.js';
import { Redactor } from '../privacy/redactor.js';
import { PathSteps } from '../paths/pathSteps.js';
import { Occupations } from '../occupations/occupations.js';
import { loadNotices, type NoticeContent } from '../site/noticeContent.js';
import { loadHelplines, type Helpline } from '../safety/helplines.js';
import { PhraseBook } from '../understanding/phraseBook.js';
import { Understanding } from '../understanding/understanding.js';
import { Abbreviations } from '../knowledge/abbreviations.js';
import { Messages } from './messages.js';

/** Everything in content/, read and validated once at start-up. */
export interface Content {
  messages: Messages;
  understanding: Understanding;
  phrases: PhraseBook;
  contacts: ContactDirectory;
  /** The outcome path's steps by choice, age, region and qualification (content/paths.yaml). */
  paths: PathSteps;
  /** Jobs and fields young people name, and the ways to each (content/occupations.yaml). */
  occupations: Occupations;
  helplines: Helpline[];
  /** Abbreviations explained the first time a knowledge-base answer uses them (content/abbreviations.yaml). */
  abbreviations: Abbreviations;
  redactor: Redactor;
  /** The privacy page and the terms of use. */
  notices: NoticeContent;
  lookupPlace: (text: string) => Place | null;
}

/** Loads every content file; a problem throws a ContentError naming the file, entry and field. */
export function loadContent(contentDir: string): Content {
  const contacts = ContactDirectory.load(contentDir);
  return {
    messages: Messages.load(contentDir),
    understanding: Understanding.load(contentDir),
    phrases: PhraseBook.load(contentDir),
    contacts,
    paths: PathSteps.load(contentDir),
    occupations: Occupations.load(contentDir),
    helplines: loadHelplines(contentDir),
    abbreviations: Abbreviations.load(contentDir),
    redactor: Redactor.load(contentDir),
    notices: loadNotices(contentDir),
    lookupPlace: (text) => lookupRegion(text, contacts.municipalities),
  };
}
