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
    const more = [
      messages.text('kb.more', { more: answer.more }),
      ...answer.links.map((link) => messages.text('kb.link', link)),
      ...answer.sources.map((source) => messages.text('kb.source', source)),
    ].join('\n');
    const channelData = { step: Steps.kbAnswer, kbId: id, personalised: answer.personalised };
    const text = language === 'nl' ? answer.text : `${messages.text(`kb.language.${language}`)}\n\n${answer.text}`;
    return [
      { type: 'message', text, channelData },
      { type: 'message', text: more, channelData },
    ];
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
