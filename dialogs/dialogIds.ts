/** Named dialog ids: one per ComponentDialog, plus the prompts they share. */
export const DialogIds = {
  main: 'mainDialog',
  mainFlow: 'mainDialog.flow',
  welcome: 'welcomeDialog',
  intake: 'intakeDialog',
  future: 'futureDialog',
  successes: 'successesDialog',
  wish: 'wishDialog',
  outcome: 'outcomeDialog',
  progress: 'progressDialog',
  obstacles: 'obstaclesDialog',
  wrapup: 'wrapupDialog',
  summary: 'summaryDialog',
  handover: 'handoverDialog',
  comeback: 'comebackDialog',
  waterfall: 'waterfall',
  /** After a hand-over the young person asked for: the talk waits until they want to go on. */
  pause: 'pause',
  prompt: 'slotPrompt',
} as const;
