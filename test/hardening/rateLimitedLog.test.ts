import { RateLimitedLog } from '../../src/channel/rateLimitedLog.js';
import { memoryLogger } from '../support/memoryLogger.js';

describe('a rate-limited log of bad requests', () => {
  test('when 1,000 bad requests come in one minute, then 3 are logged, and the next minute says how many were left out', () => {
    let now = 0;
    const { logger, lines } = memoryLogger('info');
    const log = new RateLimitedLog(logger, { perWindow: 3, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 1_000; i += 1) log.warn({ reason: 'invalid type' }, 'bad activity refused');
    expect(lines()).toHaveLength(3);
    now += 60_000;
    log.error({ reason: 'x' }, 'turn could not be processed');
    const last = JSON.parse(lines().at(-1) ?? '{}') as { suppressed?: number; level?: number };
    expect(last).toMatchObject({ suppressed: 997, level: 50 });
  });
});
