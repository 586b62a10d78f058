/** Generates hostile requests to /api/messages: malformed JSON, wrong types, missing fields, odd ids, wrong content types, foreign service URLs. */

export interface HostileRequest {
  kind: string;
  contentType?: string;
  body: string;
  /** Status codes that are right for it. */
  expected: readonly number[];
  /** Whether the bot's replies come back in the body (expectReplies) and may be checked for the error step. */
  expectReplies: boolean;
}

/** A small seeded generator, so a failure can be replayed. */
export class Random {
  constructor(private state: number) {}

  next(): number {
    // mulberry32
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  int(max: number): number {
    return Math.floor(this.next() * max);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
}

const WRONG_VALUES: readonly unknown[] = [true, false, 5, -1, 1e308, null, [], ['a'], {}, { id: 5 }, '', 'x'.repeat(2_000)];
const REQUIRED = ['type', 'channelId', 'serviceUrl', 'conversation', 'from', 'recipient'] as const;
const TYPED_FIELDS = [...REQUIRED, 'id', 'locale', 'deliveryMode', 'channelData', 'attachments', 'entities', 'timestamp', 'name', 'replyToId', 'textFormat'];
const ODD_IDS: readonly string[] = [
  'x'.repeat(400),
  'é'.repeat(400),
  '../../../etc/passwd',
  '..\\..\\windows',
  'a/b/c',
  '%2e%2e%2f',
  'CON',
  'nul.txt',
  '.',
  '..',
  ' ',
  '\u0000zero',
  'line\nbreak',
  '😀'.repeat(100),
  'a'.repeat(1_024),
];
const FOREIGN_SERVICE_URLS: readonly string[] = [
  'https://evil.example.com/',
  'https://smba.trafficmanager.net/emea/',
  'http://169.254.169.254/latest/meta-data/',
  'http://10.0.0.1:8080',
  'http://[::ffff:127.0.0.1]/',
  'http://localhost.evil.example/',
  'http://user:pass@localhost/',
  'ftp://localhost/',
  'file:///etc/passwd',
  'javascript:alert(1)',
];
const WRONG_CONTENT_TYPES: readonly string[] = ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=xyz', 'text/plain', 'application/xml', 'application/octet-stream', 'text/json'];

export interface HostileOptions {
  /** A loopback URL of a stub channel that takes the bot's replies when they are not expected in the response. */
  channelUrl: string;
  /** A URL that reaches the same stub but is not loopback by name (e.g. http://0.0.0.0:port/foreign). */
  disguisedUrl: string;
}

/** Generates `count` hostile requests, mixed over every kind, deterministic for a seed. */
export function hostileRequests(count: number, seed: number, options: HostileOptions): HostileRequest[] {
  const random = new Random(seed);
  const makers: Array<(i: number) => HostileRequest> = [
    (i) => malformedJson(random, i),
    (i) => wrongType(random, i),
    (i) => missingField(random, i),
    (i) => oddIds(random, i),
    (i) => wrongContentType(random, i),
    (i) => foreignServiceUrl(random, i, options),
    (i) => looseText(random, i),
    (i) => normalDelivery(random, i, options),
  ];
  return Array.from({ length: count }, (_, i) => makers[i % makers.length]!(i));
}

function valid(i: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    text: 'ja',
    channelId: 'webchat',
    serviceUrl: 'http://localhost',
    deliveryMode: 'expectReplies',
    conversation: { id: `hostile-${i % 97}` },
    from: { id: `user-${i % 97}`, name: 'jongere' },
    recipient: { id: 'bot', name: 'bot' },
    locale: 'nl-BE',
    ...overrides,
  };
}

function malformedJson(random: Random, i: number): HostileRequest {
  const whole = JSON.stringify(valid(i));
  const bodies = [
    whole.slice(0, random.int(whole.length)),
    `${whole}}`,
    whole.replace(/"/g, "'"),
    '',
    'null',
    '[]',
    '"message"',
    '42',
    'true',
    '{"type":"message",}',
    `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
    JSON.stringify(valid(i, { channelData: nested(100) })),
    '\u0000\u0001\u0002',
    '{"__proto__":{"type":"message"}}',
  ];
  return { kind: 'malformed JSON', contentType: 'application/json', body: random.pick(bodies), expected: [400], expectReplies: false };
}

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = { next: value };
  return value;
}

function wrongType(random: Random, i: number): HostileRequest {
  const field = random.pick(TYPED_FIELDS);
  const nestedField = random.pick(['conversation', 'from', 'recipient']);
  const body =
    random.next() < 0.3
      ? valid(i, { [nestedField]: { id: random.pick(WRONG_VALUES.filter((value) => typeof value !== 'string')) } })
      : valid(i, { [field]: random.pick(WRONG_VALUES) });
  return { kind: `wrong type of ${field}`, contentType: 'application/json', body: JSON.stringify(body), expected: [200, 400], expectReplies: true };
}

function missingField(random: Random, i: number): HostileRequest {
  const body = valid(i);
  const field = random.pick(REQUIRED);
  delete body[field];
  return { kind: `missing ${field}`, contentType: 'application/json', body: JSON.stringify(body), expected: [400], expectReplies: false };
}

function oddIds(random: Random, i: number): HostileRequest {
  const id = random.pick(ODD_IDS);
  const where = random.pick(['channelId', 'conversation', 'from', 'id', 'replyToId']);
  const overrides = where === 'conversation' || where === 'from' ? { [where]: { id } } : { [where]: id };
  const tooLong = random.next() < 0.2;
  const body = valid(i, tooLong ? { conversation: { id: 'y'.repeat(1_025 + random.int(100_000)) } } : overrides);
  return { kind: tooLong ? 'too long id' : `odd id in ${where}`, contentType: 'application/json', body: JSON.stringify(body), expected: tooLong ? [400] : [200, 400], expectReplies: true };
}

function wrongContentType(random: Random, i: number): HostileRequest {
  const contentType = random.pick(WRONG_CONTENT_TYPES);
  const body = contentType.startsWith('multipart')
    ? '--xyz\r\nContent-Disposition: form-data; name="type"\r\n\r\nmessage\r\n--xyz--\r\n'
    : contentType.includes('urlencoded')
      ? 'type=message&text=ja&serviceUrl=http%3A%2F%2Flocalhost'
      : JSON.stringify(valid(i));
  return { kind: `content type ${contentType}`, contentType: random.next() < 0.1 ? undefined : contentType, body, expected: [415], expectReplies: false };
}

function foreignServiceUrl(random: Random, i: number, options: HostileOptions): HostileRequest {
  const serviceUrl = random.next() < 0.3 ? options.disguisedUrl : random.pick(FOREIGN_SERVICE_URLS);
  const deliveryMode = random.pick(['normal', 'expectReplies', undefined]);
  return { kind: 'foreign serviceUrl', contentType: 'application/json', body: JSON.stringify(valid(i, { serviceUrl, deliveryMode })), expected: [400], expectReplies: false };
}

/** Fields the bot must treat as absent when they have the wrong shape: a turn happens, never the error step. */
function looseText(random: Random, i: number): HostileRequest {
  const body = random.pick([
    valid(i, { text: random.pick([5, true, {}, ['ja'], null]) }),
    valid(i, { type: 'conversationUpdate', text: undefined, membersAdded: random.pick(['x', 5, {}, [1, 'a'], [{ name: 'no id' }], null]) }),
    valid(i, { type: 'conversationUpdate', text: undefined, membersRemoved: 'x', membersAdded: [{ id: `user-${i % 97}` }] }),
    valid(i, { timestamp: 'yesterday-ish', localTimestamp: 'no' }),
  ]);
  return { kind: 'loose field', contentType: 'application/json', body: JSON.stringify(body), expected: [200], expectReplies: true };
}

/** Plain delivery: the replies go to the stub channel on loopback, as with the Emulator. */
function normalDelivery(random: Random, i: number, options: HostileOptions): HostileRequest {
  const text = random.pick(['ja', 'nee', '17', 'hoe vraag ik een schooltoelage aan?', '']);
  return { kind: 'normal delivery', contentType: 'application/json; charset=utf-8', body: JSON.stringify(valid(i, { text, deliveryMode: undefined, serviceUrl: options.channelUrl, id: `activity-${i}` })), expected: [200], expectReplies: false };
}
