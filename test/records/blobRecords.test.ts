import type { ContainerClient } from '@azure/storage-blob';
import { createBlobRecords } from '../../src/records/blob/blobRecords.js';
import type { Records } from '../../src/records/types.js';
import { useAzurite } from '../support/azurite.js';
import { describeRecordsContract, request, TestClock } from './recordsContract.js';

const azurite = useAzurite();
let container: ContainerClient;

beforeEach(async () => {
  container = await azurite.newContainer();
});

describeRecordsContract('Blob', (now) => createBlobRecords(container, 'records/', now));

describe('two bot instances with Blob records', () => {
  let clock: TestClock;
  let records: Records;
  let other: Records;

  beforeEach(() => {
    clock = new TestClock();
    records = createBlobRecords(container, 'records/', clock.now);
    other = createBlobRecords(container, 'records/', clock.now);
  });

  it('when both update the same call-back request at once, then both succeed and the request stays whole', async () => {
    const created = await records.callbacks.create(request('c1'));

    const [a, b] = await Promise.all([
      records.callbacks.update(created.id, { status: 'taken', takenBy: 'an@clb.be' }),
      other.callbacks.update(created.id, { status: 'done', takenBy: 'bo@clb.be' }),
    ]);

    expect(a?.status).toBe('taken');
    expect(b?.status).toBe('done');
    const [stored] = await records.callbacks.list();
    expect([a, b]).toContainEqual(stored);
  });

  it('when both count the same event many times at once, then no count is lost', async () => {
    const event = { kind: 'step-reached', step: 'welcome' } as const;

    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? records : other).insights.count(event)));

    expect((await records.insights.read()).stepsReached).toEqual({ welcome: 40 });
  });
});
