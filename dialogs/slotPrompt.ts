import { InputHints, type Activity, type TurnContext } from 'botbuilder';
import {
  Prompt,
  type PromptOptions,
  type PromptRecognizerResult,
  type PromptValidatorContext,
} from 'botbuilder-dialogs';
import type { PhraseBook } from '../src/understanding/phraseBook.js';

import { TurnReading } from './turnReading.js';

/** What a slot prompt returns: the understood value, or null when skipped or not understood twice. */
export interface SlotAnswer<T> {
  value: T | null;
  skipped: boolean;
}

/** Understands one answer; returns null when the text is not an answer to the question. */
export type SlotRecognizer<T> = (text: string, context: TurnContext) => T | null;

/**
 * One question as the dialog state keeps it, in the prompt options' validations field: the slot
 * and message keys, not the texts. The state stays small, and a question that is still waiting
 * is asked again in the current wording after the content changes.
 */
export interface SlotQuestion {
  slot: string;
  /** The step it is asked at (`channelData.step`). */
  step: string;
  key: string;
  /** The message key of the kind re-ask; without it the question is asked again. */
  retryKey?: string;
  /** Show the slot's buttons. */
  buttons?: boolean;
  /** Values for the question's {placeholders} (their own words, quoted back). */
  vars?: Record<string, string>;
}

/** Builds the message that asks a question (or asks it again). */
export type QuestionRenderer = (question: SlotQuestion, isRetry: boolean) => Partial<Activity>;

/**
 * One prompt for every question in the conversation: free text, buttons and skipping ("sla over")
 * all work; an answer that is not understood gets one kind re-ask, then the conversation goes on.
 * Recognisers are looked up by slot name, because prompt options are persisted with the dialog
 * state and functions are not; see `PhaseDialog.ask`.
 */
export class SlotPrompt extends Prompt<SlotAnswer<unknown>> {
  constructor(
    id: string,
    private readonly phrases: PhraseBook,
    private readonly recognizers: ReadonlyMap<string, SlotRecognizer<unknown>>,
    private readonly render: QuestionRenderer,
  ) {
    super(id, async (prompt: PromptValidatorContext<SlotAnswer<unknown>>) => {
      const answer = prompt.recognized.value;
      if (answer && (answer.value !== null || answer.skipped)) return true;
      return prompt.attemptCount > maxRetriesOf(prompt.options);
    });
  }

  protected override async onPrompt(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
    isRetry: boolean,
  ): Promise<void> {
    const question = questionOf(options);
    // Dialog states saved before questions were kept as keys carry the messages themselves.
    const activity = question ? this.render(question, isRetry) : isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (activity && typeof activity !== 'string') {
      await context.sendActivity({ inputHint: InputHints.ExpectingInput, ...activity });
    }
  }

  protected override async onRecognize(
    context: TurnContext,
    _state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<SlotAnswer<unknown>>> {
    if (context.turnState.get(TurnReading.skip) === true) return { succeeded: true, value: { value: null, skipped: true } };
    const replaced: unknown = context.turnState.get(TurnReading.answerText);
    const text = (typeof replaced === 'string' ? replaced : (context.activity.text ?? '')).trim();
    const recognize = this.recognizers.get(slotOf(options));
    const value = text === '' || !recognize ? null : recognize(text, context);
    const skipped = value === null && this.phrases.command(text) === 'skip';
    return { succeeded: true, value: { value, skipped } };
  }
}

/** The slot name travels in the prompt options' validations field (it is persisted with the dialog). */
export function slotOf(options: PromptOptions): string {
  const validations: unknown = options.validations;
  return typeof validations === 'object' && validations !== null && 'slot' in validations
    ? String(validations.slot)
    : '';
}

/** The question kept in the prompt options, when they hold one. */
export function questionOf(options: PromptOptions): SlotQuestion | undefined {
  const v: unknown = options.validations;
  if (typeof v !== 'object' || v === null || !('slot' in v) || !('step' in v) || !('key' in v)) return undefined;
  const { slot, step, key } = v;
  if (typeof slot !== 'string' || typeof step !== 'string' || typeof key !== 'string') return undefined;
  const retryKey = 'retryKey' in v && typeof v.retryKey === 'string' ? v.retryKey : undefined;
  const buttons = 'buttons' in v && v.buttons === true;
  const vars = 'vars' in v ? stringRecordOf(v.vars) : undefined;
  return { slot, step, key, ...(retryKey ? { retryKey } : {}), ...(buttons ? { buttons } : {}), ...(vars ? { vars } : {}) };
}

function stringRecordOf(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

function maxRetriesOf(options: PromptOptions): number {
  const validations: unknown = options.validations;
  return typeof validations === 'object' && validations !== null && 'maxRetries' in validations
    ? Number(validations.maxRetries)
    : 1;
}
