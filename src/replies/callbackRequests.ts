import { ActivityTypes, EventFactory, type TurnContext } from 'botbuilder';
import type { CallbackRequests as CallbackRequestFlow } from '../../dialogs/answerSources.js';
import type { Profile } from '../../dialogs/profile.js';
import { Steps } from '../../dialogs/steps.js';
import type { Messages } from '../content/messages.js';
import type { Plan } from '../plan/plan.js';
import { planSections, type PlanSectionKey } from '../plan/planSections.js';
import type { CallbackStore, ConversationIndex } from '../records/types.js';
import type { ContactDetails } from '../understanding/contactDetails.js';

/** Channels where a live agent can take over (Bot Framework's `handoff.initiate` event). */
/** What of the plan goes with a call-back request: who they are and what they want, in a few words. */
const HANDOVER_SECTIONS: ReadonlySet<PlanSectionKey> = new Set(['situation', 'choice', 'future', 'strengths', 'next-step', 'supporters']);

const LIVE_AGENT_CHANNELS = new Set(['omnichannel', 'directline', 'webchat', 'msteams', 'emulator']);

/**
 * Stores a young person's call-back request with a short summary, apart from the transcript, marks
 * the conversation for counsellors, and tells a live-agent channel about it.
 */
export class CallbackRequests implements CallbackRequestFlow {
  constructor(
    private readonly callbacks: CallbackStore,
    private readonly conversations: ConversationIndex,
    private readonly messages: Messages,
    private readonly planOf: (profile: Profile) => Plan,
  ) {}

  summaryOf(profile: Profile): string {
    const sections = planSections(this.planOf(profile), this.messages).filter((section) => HANDOVER_SECTIONS.has(section.key));
    return sections.length > 0
      ? sections.map((section) => `${section.label}: ${section.lines.join(' ')}`).join('; ')
      : this.messages.text('handover.summary.empty');
  }

  async request(context: TurnContext, contact: ContactDetails, profile: Profile): Promise<void> {
    const conversationId = context.activity.conversation.id;
    const summary = this.summaryOf(profile);
    await this.callbacks.create({ conversationId, contact, summary, region: profile.place?.region });
    await this.conversations.update(conversationId, (record) => record && { ...record, callbackRequested: true });
    if (LIVE_AGENT_CHANNELS.has(context.activity.channelId)) {
      const handoff = EventFactory.createHandoffInitiation(context, { summary, contactKind: contact.kind });
      await context.sendActivity({ ...handoff, type: ActivityTypes.Event, channelData: { step: Steps.handoverDone } });
    }
  }
}
