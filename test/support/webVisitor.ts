import type { Activity } from 'botbuilder';
import { WebSocket } from 'ws';

/** A young person on the website widget, talking to the bot over its own Direct Line. */
export class WebVisitor {
  conversationId = '';
  private token = '';

  /** The bot's Direct Line; it changes when the bot restarts on another port. */
  constructor(public base: string) {}

  /** What the open page was sent live over its stream (unlike the stored history, not redacted). */
  readonly live: Activity[] = [];
  private stream: WebSocket | undefined;

  async open(): Promise<void> {
    const generated = await this.call('POST', '/tokens/generate');
    this.token = String(generated.token);
    await this.start();
  }

  /** Opens a private link as the page does: a new conversation that continues the link's one. */
  async openLink(link: string): Promise<void> {
    const opened = await this.call('POST', '/tokens/return', { link });
    this.token = String(opened.token);
    await this.start();
  }

  /** Listens to the conversation's stream, as the open page does. */
  async listen(): Promise<void> {
    const started = await this.call('POST', '/conversations');
    const stream = new WebSocket(String(started.streamUrl));
    stream.on('message', (data: Buffer) => this.live.push(...(JSON.parse(data.toString()) as { activities: Activity[] }).activities));
    await new Promise((resolve, reject) => stream.once('open', resolve).once('error', reject));
    this.stream = stream;
  }

  close(): void {
    this.stream?.close();
  }

  private async start(): Promise<void> {
    const started = await this.call('POST', '/conversations');
    this.conversationId = String(started.conversationId);
    this.token = String(started.token);
  }

  /** Says something and returns the steps of what the bot answered. */
  async say(text: string): Promise<string[]> {
    const { watermark } = await this.history();
    await this.call('POST', `/conversations/${this.conversationId}/activities`, { type: 'message', text });
    return (await this.history(watermark)).activities
      .filter((a) => a.from.role === 'bot')
      .map((a) => String((a.channelData as { step?: string } | undefined)?.step));
  }

  history(watermark = ''): Promise<{ activities: Activity[]; watermark: string }> {
    return this.call('GET', `/conversations/${this.conversationId}/activities?watermark=${watermark}`) as Promise<{ activities: Activity[]; watermark: string }>;
  }

  private async call(method: string, path: string, body?: object): Promise<Record<string, unknown>> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
    return (await response.json()) as Record<string, unknown>;
  }
}

