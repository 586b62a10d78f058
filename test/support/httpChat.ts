import type { Activity } from 'botbuilder';

/** Talks to a running bot over HTTP with expectReplies, as a channel would. */
export class HttpChat {
  constructor(
    private readonly baseUrl: string,
    private readonly conversationId: string,
    private readonly channelId = 'webchat',
    private readonly userId = 'young-person-1',
  ) {}

  join(): Promise<Partial<Activity>[]> {
    return this.post({ type: 'conversationUpdate', membersAdded: [{ id: this.userId, name: 'jongere' }] });
  }

  /** A message; `id` sets the activity's id (channels send one; tests may repeat it). */
  say(text: string, id?: string): Promise<Partial<Activity>[]> {
    return this.post({ type: 'message', text, ...(id === undefined ? {} : { id }) });
  }

  private async post(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    const response = await fetch(`${this.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...activity,
        channelId: this.channelId,
        serviceUrl: 'http://localhost',
        deliveryMode: 'expectReplies',
        conversation: { id: this.conversationId },
        from: { id: this.userId, name: 'jongere' },
        recipient: { id: 'bot', name: 'bot' },
        locale: 'nl-BE',
      }),
    });
    if (response.status !== 200) throw new Error(`POST /api/messages answered ${response.status}: ${await response.text()}`);
    const body = (await response.json()) as { activities?: Partial<Activity>[] };
    return body.activities ?? [];
  }
}

export function stepsOf(activities: readonly Partial<Activity>[]): string[] {
  return activities.map((a) => String((a.channelData as { step?: unknown } | undefined)?.step));
}
