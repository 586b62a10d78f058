import { ActivityTypes, EventFactory, type TurnContext } from 'botbuilder';
import type { CallbackRequests as CallbackRequestFlow } from '../../dialogs/answerSources.js';
import type { Profile } from '../../dialogs/profile.js';
import { Steps } from '../../dialogs/steps.js';
import { summaryLines } from '../../dialogs/summaryCard.js';
import type { Messages } from '../content/messages.js';
import type { CallbackStore, ConversationIndex } from '../records/types.js';
import type { ContactDetails } from '../understanding/contactDetails.js';

/** Channels where a live agent can take over (Bot Framework's `handoff.initiate` event). */
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
  ) {}

  summaryOf(profile: Profile): string {
    const lines = summaryLines(profile, this.messages, []);
    return lines.length > 0
      ? lines.map((line) => `${line.label}: ${line.value}`).join('; ')
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
