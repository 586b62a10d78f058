import { readScaleScore } from '../src/understanding/scaleScore.js';
import type { ConversationServices } from './services.js';
import type { SlotRecognizer } from './slotPrompt.js';

/** The kinds of answer the conversation asks for; each has one recogniser. */
export const Slots = {
  consent: 'consent',
  resume: 'resume',
  age: 'age',
  school: 'school',
  qualification: 'qualification',
  place: 'place',
  wish: 'wish',
  text: 'text',
  score: 'score',
  yesNo: 'yesNo',
  contact: 'contact',
  /** Anything that is not a command or a question: the young person wants to go on. */
  goOn: 'goOn',
  /** When they take their next step: a button (today, tomorrow, this week, next week) or their own words. */
  when: 'when',
  comeback: 'comeback',
} as const;
export type Slot = (typeof Slots)[keyof typeof Slots];

/** Button labels (message keys) and the value each stands for, per closed slot. */
export const SlotButtons = {
  consent: { 'button.yes': 'yes', 'button.no': 'no' },
  yesNo: { 'button.yes': 'yes', 'button.no': 'no' },
  resume: { 'button.resume.continue': 'continue', 'button.resume.restart': 'restart' },
  school: {
    'button.school.at-school': 'at-school',
    'button.school.stopping': 'stopping',
    'button.school.stopped': 'stopped',
  },
  qualification: {
    'button.qualification.diploma-so': 'diploma-so',
    'button.qualification.other-qualification': 'other-qualification',
    'button.qualification.none': 'none',
  },
  /** Open questions that are offered, never forced (follow-ups) show one button to skip them. */
  text: { 'button.skip': 'skip' },
  score: {
    'button.scale.1': '1',
    'button.scale.2': '2',
    'button.scale.3': '3',
    'button.scale.4': '4',
    'button.scale.5': '5',
    'button.scale.6': '6',
    'button.scale.7': '7',
    'button.scale.8': '8',
    'button.scale.9': '9',
    'button.scale.10': '10',
  },
  goOn: { 'button.go-on': 'go-on' },
  when: {
    'button.when.today': 'today',
    'button.when.tomorrow': 'tomorrow',
    'button.when.this-week': 'this-week',
    'button.when.next-week': 'next-week',
    'button.skip': 'skip',
  },
  comeback: { 'button.comeback.update': 'update', 'button.comeback.restart': 'restart', 'button.comeback.keep': 'keep' },
  wish: {
    'button.wish.study': 'study',
    'button.wish.work': 'work',
    'button.wish.combine': 'combine',
    'button.wish.unsure': 'unsure',
  },
} as const satisfies Partial<Record<Slot, Record<string, string>>>;

export type ResumeChoice = 'continue' | 'restart';
/** At a return: change the plan, start over, or leave it as it is. */
export type PlanChoice = 'update' | 'restart' | 'keep';

/** Builds the recogniser for every slot from the services; buttons are understood first. */
export function slotRecognizers(services: ConversationServices): Map<string, SlotRecognizer<unknown>> {
  const { understanding, phrases, replies } = services;
  const withButtons = <T>(buttons: Record<string, string>, fallback: (text: string) => T | null) => {
    const byLabel = new Map(
      Object.entries(buttons).map(([key, value]) => [replies.messages.text(key).toLowerCase(), value as T]),
    );
    return (text: string): T | null => byLabel.get(text.trim().toLowerCase()) ?? fallback(text);
  };
  const yesNo = (text: string) => confirmation(services, text);
  return new Map<string, SlotRecognizer<unknown>>([
    [Slots.consent, withButtons(SlotButtons.consent, yesNo)],
    [Slots.yesNo, withButtons(SlotButtons.yesNo, yesNo)],
    [Slots.resume, withButtons(SlotButtons.resume, (text) => resumeChoice(services, text))],
    [Slots.comeback, withButtons(SlotButtons.comeback, (text) => planChoice(services, text))],
    [Slots.age, (text) => understanding.age(text, services.now())],
    [Slots.school, withButtons(SlotButtons.school, (text) => phrases.schoolStatus(text))],
    [Slots.qualification, withButtons(SlotButtons.qualification, (text) => understanding.qualification(text))],
    [Slots.place, (text) => services.lookupPlace(text)],
    [Slots.wish, withButtons(SlotButtons.wish, (text) => understanding.wish(text))],
    [Slots.text, (text) => freeText(services, text)],
    [Slots.score, (text) => readScaleScore(text)],
    [Slots.contact, (text) => understanding.contactDetails(text)],
    [Slots.when, (text) => nonSkip(withButtons(SlotButtons.when, (typed) => freeText(services, typed))(text))],
    [Slots.goOn, (text) => (phrases.command(text) === null && !phrases.isQuestion(text) ? 'go-on' : null)],
  ]);
}

function resumeChoice(services: ConversationServices, text: string): ResumeChoice | null {
  if (services.phrases.command(text) === 'restart') return 'restart';
  const yesNo = confirmation(services, text);
  return yesNo === 'yes' ? 'continue' : yesNo === 'no' ? 'restart' : null;
}

function planChoice(services: ConversationServices, text: string): PlanChoice | null {
  if (services.phrases.command(text) === 'restart') return 'restart';
  return confirmation(services, text) === 'no' ? 'keep' : null;
}

/** Yes or no: the phrase book's phrases first, then Dutch, English and French as Recognizers-Text reads them. */
export function confirmation(services: ConversationServices, text: string): 'yes' | 'no' | null {
  return services.phrases.yesNo(text) ?? services.understanding.yesNo(text);
}

/** Any real text answers an open question, except a request to skip it. */
function freeText(services: ConversationServices, text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' || services.phrases.command(trimmed) === 'skip' ? null : trimmed;
}

/** The "Sla over" button is a way to skip, not a value. */
function nonSkip(value: string | null): string | null {
  return value === 'skip' ? null : value;
}

/** Reads a typed value out of a finished slot prompt. */
export function answerOf<T>(result: unknown): T | null {
  if (typeof result === 'object' && result !== null && 'value' in result) {
    return (result.value ?? null) as T | null;
  }
  return null;
}

