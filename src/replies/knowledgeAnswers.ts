import type { KnowledgeReplies } from '../../dialogs/answerSources.js';
import type { Profile } from '../../dialogs/profile.js';
import type { Replies, Reply } from '../../dialogs/replies.js';
import { rulesRegion } from '../contacts/regionCodes.js';
import type { KbFacts, KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { Steps } from '../../dialogs/steps.js';
import type { Language } from '../understanding/classifier/trainingSet.js';

/** Knowledge-base answers as the young person sees them: the core first, then where to read more. */
export class KnowledgeAnswers implements KnowledgeReplies {
  constructor(
    private readonly knowledge: KnowledgeBase,
    private readonly replies: Replies,
  ) {}

  /** In English or French, the answer (in Dutch) opens with one line in their language on where to get help in it. */
  answer(id: string, profile: Profile, language: Language = 'nl'): Reply[] {
    if (!this.knowledge.entry(id)) return [this.unknown()];
    const answer = this.knowledge.answerFor(id, factsOf(profile));
    const messages = this.replies.messages;
    const more = [messages.text('kb.more', { more: answer.more }), ...answer.links.map((link) => messages.text('kb.link', link))].join('\n');
    const sourcesButton = messages.text('button.sources');
    const channelData = { step: Steps.kbAnswer, kbId: id, personalised: answer.personalised };
    const text = language === 'nl' ? answer.text : `${messages.text(`kb.language.${language}`)}\n\n${answer.text}`;
    return [
      { type: 'message', text, channelData },
      { type: 'message', text: more, channelData, suggestedActions: { to: [], actions: [{ type: 'imBack', title: sourcesButton, value: sourcesButton }] } },
    ];
  }

  /** Where the answer comes from and when it was checked: behind the "Bronnen" button, so a phone shows no wall of links. */
  sources(id: string, profile: Profile): Reply | undefined {
    if (!this.knowledge.entry(id)) return undefined;
    const { sources } = this.knowledge.answerFor(id, factsOf(profile));
    const text = sources.map((source) => this.replies.messages.text('kb.source', source)).join('\n');
    return { type: 'message', text, channelData: { step: Steps.kbSources, kbId: id } };
  }

  /** The label of the button that shows the sources of the last answer. */
  isSourcesButton(text: string): boolean {
    return text.trim().toLowerCase() === this.replies.messages.text('button.sources').toLowerCase();
  }

  choose(ids: readonly string[]): Reply {
    const titles = ids.map((id) => this.knowledge.entry(id)?.title).filter((t): t is string => t !== undefined);
    return {
      ...this.replies.text(Steps.kbChoose, 'kb.choose'),
      suggestedActions: { to: [], actions: titles.map((title) => ({ type: 'imBack', title, value: title })) },
    };
  }

  unknown(): Reply {
    return this.replies.withButtons(Steps.kbUnknown, 'kb.unknown', ['button.human']);
  }
}

/** What the conversation knows that changes an answer; unknown facts stay out. */
function factsOf(profile: Profile): KbFacts {
  const region = profile.place ? rulesRegion(profile.place.region) : undefined;
  return {
    age: profile.age ?? undefined,
    qualification: profile.qualification ?? undefined,
    region: region === 'wallonie' ? undefined : region,
  };
}
