import { adaptiveCard } from '../../dialogs/adaptiveCard.js';
import type { KnowledgeAnswer, KnowledgeReplies, KnowledgeRequest } from '../../dialogs/answerSources.js';
import type { Profile } from '../../dialogs/profile.js';
import type { Replies, Reply } from '../../dialogs/replies.js';
import { rulesRegion } from '../contacts/regionCodes.js';
import { fillTemplate } from '../content/messages.js';
import type { Abbreviations } from '../knowledge/abbreviations.js';
import type { KbAnswer, KbFacts, KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { theirWord } from '../knowledge/naming.js';
import { Steps } from '../../dialogs/steps.js';

/** At most this many links under an answer, as buttons on its card. */
export const MAX_LINKS = 3;

/**
 * Knowledge-base answers as the young person sees them: a short answer that opens with their own
 * word, then a card with where to read more and up to three links as buttons. Abbreviations are
 * explained the first time the conversation uses them.
 */
export class KnowledgeAnswers implements KnowledgeReplies {
  constructor(
    private readonly knowledge: KnowledgeBase,
    private readonly replies: Replies,
    private readonly abbreviations: Abbreviations,
  ) {}

  /** In English or French, the answer (in Dutch) opens with one line in their language on where to get help in it. */
  answer(id: string, request: KnowledgeRequest): KnowledgeAnswer {
    if (!this.knowledge.entry(id)) return { replies: [this.unknown()], explained: [...request.explained] };
    const answer = this.knowledge.answerFor(id, factsOf(request.profile));
    const messages = this.replies.messages;
    const opening = this.opening(answer, request.question);
    const { texts, explained } = this.abbreviations.explain([opening ? `${opening} ${answer.text}` : answer.text, answer.more], request.explained);
    const [said = answer.text, more = answer.more] = texts;
    const language = request.language ?? 'nl';
    const text = language === 'nl' ? said : `${messages.text(`kb.language.${language}`)}\n\n${said}`;
    const channelData = { step: Steps.kbAnswer, kbId: id, personalised: answer.personalised };
    return { replies: [{ type: 'message', text, channelData }, this.moreCard(answer, more)], explained };
  }

  /** "De dop, officieel de inschakelingsuitkering: …" when the question names the topic in an everyday word. */
  private opening(answer: KbAnswer, question: string): string | undefined {
    const { naming } = answer;
    const word = naming ? theirWord(naming, question) : undefined;
    if (!naming || word === undefined) return undefined;
    const vars = { word, official: naming.official };
    const sentence = naming.opening ? fillTemplate(naming.opening, vars, `the opening of entry "${answer.id}"`) : this.replies.messages.text('kb.opening', vars);
    return sentence.charAt(0).toUpperCase() + sentence.slice(1);
  }

  /** Where to read more, with the links as buttons and the "Bronnen" button; plain text where cards do not show. */
  private moreCard(answer: KbAnswer, more: string): Reply {
    const messages = this.replies.messages;
    const links = answer.links.slice(0, MAX_LINKS);
    const fallback = [messages.text('kb.more', { more }), ...links.map((link) => messages.text('kb.link', link))].join('\n');
    const card = adaptiveCard(
      [{ type: 'TextBlock', text: messages.text('kb.more', { more }), wrap: true }],
      fallback,
      links.map((link) => ({ type: 'Action.OpenUrl', title: link.label, url: link.url })),
    );
    const sourcesButton = messages.text('button.sources');
    return {
      ...this.replies.card(Steps.kbAnswer, card, fallback, { kbId: answer.id, personalised: answer.personalised }),
      suggestedActions: { to: [], actions: [{ type: 'imBack', title: sourcesButton, value: sourcesButton }] },
    };
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
