import type { SafetyNet } from '../../dialogs/answerSources.js';
import type { Replies, Reply } from '../../dialogs/replies.js';
import type { Helpline } from '../safety/helplines.js';
import { channelAvailability } from '../safety/openingHours.js';
import { selectHelplines } from '../safety/selectHelplines.js';
import type { CrisisSignal } from '../understanding/crisis.js';
import { Steps } from '../../dialogs/steps.js';

const CHANNELS = ['phone', 'chat', 'website'] as const;

/**
 * The crisis reply (`channelData.step` crisis): a warm opening for the kind of risk, the emergency
 * number when in danger, the helplines that fit with what is open now first, and the offer of a
 * person; the conversation can go on afterwards.
 */
export class HelplineReplies implements SafetyNet {
  constructor(
    private readonly helplines: readonly Helpline[],
    private readonly replies: Replies,
  ) {}

  respond(signal: CrisisSignal, now: Date): Reply[] {
    const chosen = selectHelplines(this.helplines, signal.kind, now);
    const emergency = chosen.find((h) => h.emergency && h.phone);
    const helplines = chosen.filter((h) => !h.emergency);
    const messages = this.replies.messages;
    const lines = helplines.flatMap((helpline) =>
      CHANNELS.flatMap((channel) => {
        const details = helpline[channel];
        if (!details) return [];
        const availability = channelAvailability(details, now);
        return [
          messages.text(`crisis.line.${channel}.${availability}`, {
            name: helpline.name,
            phone: helpline.phone?.number ?? '',
            url: 'url' in details ? details.url : '',
            hoursUrl: details.hoursUrl ?? '',
          }),
        ];
      }),
    );
    const step = Steps.crisis;
    const extra = { crisisKind: signal.kind, helplineIds: chosen.map((h) => h.id) };
    const message = (text: string): Reply => ({ type: 'message', text, channelData: { step, ...extra } });
    return [
      message(messages.text(`crisis.opening.${signal.kind}`)),
      ...(emergency?.phone ? [message(messages.text('crisis.danger', { phone: emergency.phone.number }))] : []),
      message([messages.text('crisis.helplines.intro'), ...lines].join('\n')),
      message(`${messages.text('crisis.person')} ${messages.text('crisis.continue')}`),
    ];
  }
}
