/** Turn-state keys through which this turn's reading reaches the slot prompt. */
export const TurnReading = {
  /** The young person asked to skip the question (or gave up on it): the prompt records no answer. */
  skip: Symbol('skip the question'),
  /** After "Bedoel je …?" → "nee": the message before it is the answer, not this one. */
  answerText: Symbol('the answer text'),
  /** The bot already said it goes on without an answer ("weet ik niet" twice): no second such line. */
  movedOn: Symbol('moved on without an answer'),
} as const;
