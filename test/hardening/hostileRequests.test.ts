import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/index.js';
import { memoryLogger } from '../support/memoryLogger.js';
import { hostileRequests, type HostileRequest } from './hostileRequests.js';
import { StubChannel } from './stubChannel.js';

/** What no response body may show: a stack, a file path, the SDK's or the parser's error text. */
const LEAKS = [/\n\s+at /, /\bat [\w.<>]+ \(/, /node_modules/, /\/work\//, /\.[jt]s:\d+/, /\w*Error\b/, /req\.body/, /validateAndFixActivity/, /botbuilder|botframework/i, /Unexpected token/];

interface Answer {
  request: HostileRequest;
  status: number;
  body: string;
}

async function send(baseUrl: string, request: HostileRequest): Promise<Answer> {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: request.contentType === undefined ? {} : { 'content-type': request.contentType },
    body: request.body,
  });
  return { request, status: response.status, body: await response.text() };
}

/** Sends every request, `parallel` at a time. */
async function sendAll(baseUrl: string, requests: readonly HostileRequest[], parallel: number): Promise<Answer[]> {
  const answers: Answer[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++]!;
      answers.push(await send(baseUrl, request));
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return answers;
}

function stepsIn(body: string): string[] {
  const parsed = JSON.parse(body) as { activities?: Array<{ channelData?: { step?: string } }> };
  return (parsed.activities ?? []).map((activity) => String(activity.channelData?.step));
}

describe('hostile requests to /api/messages', () => {
  let dataDir: string;
  let app: App;
  let baseUrl: string;
  let channel: StubChannel;
  let channelPort: number;
  const log = memoryLogger('info');

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'perspectiefbot-hostile-'));
    channel = new StubChannel();
    channelPort = await channel.listen();
    app = await createApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir }), { logger: log.logger });
    baseUrl = `http://127.0.0.1:${await app.start()}`;
  });

  afterAll(async () => {
    await app.stop();
    await channel.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('when 5,200 generated hostile requests arrive, then none gets a 5xx or leaks internals, the server keeps answering and the log stays small', async () => {
    const consoleError = jest.spyOn(console, 'error');
    const consoleWarn = jest.spyOn(console, 'warn');
    const requests = hostileRequests(5_200, 23, {
      channelUrl: `http://127.0.0.1:${channelPort}/channel`,
      disguisedUrl: `http://0.0.0.0:${channelPort}/foreign`,
    });

    const answers = await sendAll(baseUrl, requests, 8);

    expect(answers).toHaveLength(5_200);
    expect(answers.filter((answer) => answer.status >= 500)).toEqual([]);
    expect(answers.filter((answer) => !answer.request.expected.includes(answer.status)).map((a) => [a.request.kind, a.status, a.body.slice(0, 200)])).toEqual([]);
    const leaking = answers.filter((answer) => answer.body.includes(dataDir) || LEAKS.some((leak) => leak.test(answer.body)));
    expect(leaking.map((answer) => [answer.request.kind, answer.body.slice(0, 300)])).toEqual([]);
    // A text or member list of the wrong shape counts as absent: the turn runs, never into the error step.
    const replied = answers.filter((answer) => answer.status === 200 && answer.request.expectReplies);
    expect(replied.length).toBeGreaterThan(1_000);
    expect(replied.filter((answer) => stepsIn(answer.body).includes('error')).map((a) => a.request.body.slice(0, 200))).toEqual([]);
    // Replies went to the loopback channel, never to a service URL that is not loopback by name.
    expect(channel.hits.get('channel') ?? 0).toBeGreaterThan(100);
    expect(channel.hits.get('foreign') ?? 0).toBe(0);
    // The SDK printed nothing; bad requests reached the structured log, rate-limited.
    expect(consoleError).not.toHaveBeenCalled();
    expect(consoleWarn).not.toHaveBeenCalled();
    const lines = log.lines().map((line) => JSON.parse(line) as { msg: string; suppressed?: number });
    expect(lines.filter((line) => line.msg === 'bad activity refused').length).toBeLessThanOrEqual(40);
    expect(lines.filter((line) => line.msg === 'turn failed')).toEqual([]);
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
    consoleError.mockRestore();
    consoleWarn.mockRestore();
  }, 60_000);
});
