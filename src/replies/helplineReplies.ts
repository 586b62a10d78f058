import type { SafetyNet } from '../../dialogs/answerSources.js';
import type { Replies, Reply } from '../../dialogs/replies.js';
import type { Helpline } from '../safety/helplines.js';
import { channelAvailability } from '../safety/openingHours.js';
import { selectHelplines } from '../safety/selectHelplines.js';
import type { Language } from '../understanding/classifier/trainingSet.js';
import type { CrisisKind, CrisisSignal } from '../understanding/crisis.js';
import { Steps } from '../../dialogs/steps.js';

const CHANNELS = ['phone', 'chat', 'website'] as const;
const SAFETY_BUTTONS = ['button.safety.safe', 'button.safety.unsafe', 'button.human'];

/**
 * The crisis reply (`channelData.step` crisis), at most three messages: a warm opening for the kind
 * of risk (after one line in English or French for a young person who wrote in it, with the
 * services that help in that language); the emergency number and the Dutch-speaking helplines,
 * open ones first; and "Ben je nu veilig?" with buttons. The conversation then waits.
 */
export class HelplineReplies implements SafetyNet {
  /** The emergency number for every kind and language (112). */
  private readonly emergencyNumber: string;

  constructor(
    private readonly helplines: readonly Helpline[],
    private readonly replies: Replies,
  ) {
    const emergency = helplines.find((h) => h.emergency && h.for.includes('medical') && h.phone);
    if (!emergency?.phone) throw new Error('content/helplines.yaml needs an emergency number (emergency: true) for medical emergencies');
    this.emergencyNumber = emergency.phone.number;
  }

  respond(signal: CrisisSignal, now: Date, language: Language): Reply[] {
    const chosen = selectHelplines(this.helplines, signal.kind, now);
    const extra = { crisisKind: signal.kind, helplineIds: chosen.map((h) => h.id), language };
    const message = (text: string): Reply => ({ type: 'message', text, channelData: { step: Steps.crisis, ...extra } });
    const messages = this.replies.messages;
    const opening = messages.text(`crisis.opening.${signal.kind}`);
    const question = this.replies.withButtons(Steps.crisis, 'crisis.safe.question', SAFETY_BUTTONS);
    return [
      message(language === 'nl' ? opening : `${this.inLanguage(signal.kind, language)}\n\n${opening}`),
      message(this.dutchList(chosen, now)),
      { ...question, channelData: { ...question.channelData, ...extra } },
    ];
  }

  /** "Nee, ik ben niet veilig": the emergency number at once, then the helplines again. */
  unsafe(kind: CrisisKind, now: Date): Reply[] {
    const chosen = selectHelplines(this.helplines, kind, now);
    return [
      this.replies.text(Steps.crisis, 'crisis.unsafe', { phone: this.emergencyNumber }),
      { ...this.replies.text(Steps.crisis, 'crisis.helplines.intro'), text: this.dutchList(chosen, now) },
    ];
  }

  /** The helplines for someone to talk to, for the plan after a crisis and a later return. */
  reminder(now: Date): string {
    return this.reminderLines(now).join('\n');
  }

  /** The same as lines: an introduction, then one line per way to reach a helpline. */
  reminderLines(now: Date): string[] {
    const lines = this.lines(selectHelplines(this.helplines, 'suicide', now).filter((h) => this.inDutch(h)), now);
    return [this.replies.messages.text('crisis.reminder'), ...lines];
  }

  private dutchList(chosen: readonly Helpline[], now: Date): string {
    const messages = this.replies.messages;
    const helplines = chosen.filter((h) => !h.emergency && this.inDutch(h));
    return [messages.text('crisis.danger', { phone: this.emergencyNumber }), messages.text('crisis.helplines.intro'), ...this.lines(helplines, now)].join('\n');
  }

  private lines(helplines: readonly Helpline[], now: Date): string[] {
    const messages = this.replies.messages;
    return helplines.flatMap((helpline) =>
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
  }

  /** One line in English or French: the emergency number and the services that help in it. */
  private inLanguage(kind: CrisisKind, language: Exclude<Language, 'nl'>): string {
    const messages = this.replies.messages;
    const serving = this.helplines.filter(
      (h) => !h.emergency && h.languages.includes(language) && (h.for.includes(kind) || h.for.includes('talk')),
    );
    const lines = serving.flatMap((h) => {
      if (h.phone?.hours === 'always') return [messages.text(`crisis.foreign.${language}.phone`, { name: h.name, phone: h.phone.number })];
      if (h.website) return [messages.text(`crisis.foreign.${language}.website`, { name: h.name, url: h.website.url })];
      return [];
    });
    return [messages.text(`crisis.foreign.${language}.intro`, { phone: this.emergencyNumber }), ...lines].join('\n');
  }

  private inDutch(helpline: Helpline): boolean {
    return helpline.languages.includes('nl');
  }
}
