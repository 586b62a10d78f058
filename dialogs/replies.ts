import { ActivityTypes, CardFactory, type Activity, type Attachment, type CardAction } from 'botbuilder';
import type { MessageVars, Messages } from '../src/content/messages.js';

/** A reply always says where in the conversation it was sent: `channelData.step` (DESIGN.md). */
export type Reply = Partial<Activity> & { channelData: { step: string; [key: string]: unknown } };

/** Builds the bot's activities from message keys, so no Dutch text lives in code. */
export class Replies {
  constructor(readonly messages: Messages) {}

  text(step: string, key: string, vars?: MessageVars): Reply {
    return { type: ActivityTypes.Message, text: this.messages.text(key, vars), channelData: { step } };
  }

  /** A message with buttons; each button sends its own label, which the prompt understands. */
  withButtons(step: string, key: string, buttonKeys: readonly string[], vars?: MessageVars): Reply {
    const actions: CardAction[] = buttonKeys.map((buttonKey) => {
      const label = this.messages.text(buttonKey);
      return { type: 'imBack', title: label, value: label };
    });
    return { ...this.text(step, key, vars), suggestedActions: { actions, to: [] } };
  }

  /** A message with one button that opens a web page (the privacy page, say) in the browser. */
  withLink(step: string, key: string, buttonKey: string, url: string, vars?: MessageVars): Reply {
    return this.withLinks(step, key, [{ buttonKey, url }], vars);
  }

  /** A message with buttons that open web pages (or download a file) in the browser. */
  withLinks(step: string, key: string, links: ReadonlyArray<{ buttonKey: string; url: string }>, vars?: MessageVars): Reply {
    const actions: CardAction[] = links.map(({ buttonKey, url }) => ({ type: 'openUrl', title: this.messages.text(buttonKey), value: url }));
    const reply = this.text(step, key, vars);
    return actions.length === 0 ? reply : { ...reply, attachments: [CardFactory.heroCard('', undefined, actions)] };
  }

  /** Buttons that open web pages, as an attachment under a message's text. */
  linkButtons(links: ReadonlyArray<{ title: string; url: string }>): Attachment {
    return CardFactory.heroCard('', undefined, links.map((link) => ({ type: 'openUrl', title: link.title, value: link.url })));
  }

  card(step: string, card: object, fallbackText: string, extra: Record<string, unknown> = {}): Reply {
    const attachment: Attachment = CardFactory.adaptiveCard(card);
    return {
      type: ActivityTypes.Message,
      attachments: [attachment],
      text: undefined,
      channelData: { step, fallbackText, ...extra },
    };
  }

  /** Stamps a step onto an activity built elsewhere. */
  static at(step: string, activity: Partial<Activity>): Reply {
    return { ...activity, channelData: { ...(activity.channelData as object | undefined), step } };
  }
}
