import { WISHES, type Wish } from '../src/understanding/types.js';

/**
 * Where in the conversation a message was sent: `channelData.step` on every activity (DESIGN.md).
 * Tests, counsellor statistics (where do young people stop?) and the transcript viewer rely on these.
 */
export const Steps = {
  welcome: 'welcome',
  consent: 'welcome.consent',
  usefulFor: 'welcome.useful-for',
  age: 'intake.age',
  school: 'intake.school',
  qualification: 'intake.qualification',
  region: 'intake.region',
  wish: 'intake.wish',
  futureDesired: 'future.desired',
  futureMore: 'future.more',
  futureDifferent: 'future.different',
  futurePeople: 'future.people',
  successMoment: 'successes.moment',
  successDid: 'successes.did',
  successPerson: 'successes.person',
  strengths: 'successes.strengths',
  nextStep: 'progress.next-step',
  nextStepWhen: 'progress.next-step-when',
  strengthsUsed: 'progress.strengths-used',
  confidence: 'progress.confidence',
  confidenceBasis: 'progress.confidence-basis',
  confidenceHigher: 'progress.confidence-higher',
  supporters: 'progress.supporters',
  obstacles: 'obstacles',
  takeaway: 'wrapup.takeaway',
  usefulCheck: 'wrapup.useful-check',
  score: 'wrapup.score',
  missed: 'wrapup.missed',
  followUp: 'wrapup.follow-up',
  summary: 'summary',
  comebackPass: 'comeback.pass',
  comebackWrong: 'comeback.wrong',
  comebackHow: 'comeback.how',
  comebackBetter: 'comeback.better',
  comebackPlan: 'comeback.plan',
  comebackNextStep: 'comeback.next-step',
  kbAnswer: 'kb.answer',
  kbChoose: 'kb.choose',
  kbSources: 'kb.sources',
  kbUnknown: 'kb.unknown',
  referral: 'referral',
  handoverOffer: 'referral.handover',
  handoverContact: 'referral.contact',
  handoverConfirm: 'referral.confirm',
  handoverDone: 'referral.done',
  handoverPause: 'referral.pause',
  crisis: 'crisis',
  crisisCheck: 'crisis.check',
  crisisPause: 'crisis.pause',
  help: 'help',
  stop: 'stop',
  delete: 'delete',
  error: 'error',
} as const;

export type Step = (typeof Steps)[keyof typeof Steps] | OutcomeStep;
export type OutcomeStep = `outcome.${Wish}`;

/** The step of the outcome path for a wish: `outcome.study`, `outcome.work`, … */
export function outcomeStep(wish: Wish): OutcomeStep {
  return `outcome.${wish}`;
}

/** The steps of the talk in the order a young person meets them (the console's drop-off chart). */
export const STEP_ORDER: readonly string[] = [
  ...[Steps.welcome, Steps.consent, Steps.usefulFor, Steps.age, Steps.school, Steps.qualification, Steps.region],
  ...[Steps.futureDesired, Steps.futureMore, Steps.futureDifferent, Steps.futurePeople],
  ...[Steps.successMoment, Steps.successDid, Steps.successPerson, Steps.strengths, Steps.wish, ...WISHES.map(outcomeStep)],
  ...[Steps.referral, Steps.nextStep, Steps.nextStepWhen, Steps.strengthsUsed, Steps.confidence, Steps.confidenceBasis, Steps.confidenceHigher],
  ...[Steps.supporters, Steps.obstacles, Steps.takeaway, Steps.usefulCheck, Steps.score, Steps.missed, Steps.followUp, Steps.summary],
];
