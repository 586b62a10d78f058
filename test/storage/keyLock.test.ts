import { KeyLock } from '../../src/storage/keyLock.js';

/** A promise with its resolve function, so a test decides when a task finishes. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** Lets every task that can start now start. */
function settle(): Promise<void> {
  return new Promise((done) => setImmediate(done));
}

describe('KeyLock', () => {
  it('when two tasks share a key, then the second starts only after the first has finished', async () => {
    const lock = new KeyLock();
    const events: string[] = [];
    const gate = deferred();
    const first = lock.run('k', async () => {
      events.push('first start');
      await gate.promise;
      events.push('first end');
    });
    const second = lock.run('k', async () => {
      events.push('second start');
    });
    await settle();
    expect(events).toEqual(['first start']);
    gate.resolve();
    await Promise.all([first, second]);
    expect(events).toEqual(['first start', 'first end', 'second start']);
  });

  it('when tasks have different keys, then the second runs while the first is still waiting', async () => {
    const lock = new KeyLock();
    const started: string[] = [];
    const gate = deferred();
    const first = lock.run('a', async () => {
      started.push('a');
      await gate.promise;
    });
    const second = lock.run('b', async () => {
      started.push('b');
    });
    await settle();
    expect(started).toEqual(['a', 'b']);
    gate.resolve();
    await Promise.all([first, second]);
  });

  it('when a task fails, then its caller gets the error and the next task for the key still runs', async () => {
    const lock = new KeyLock();
    const failing = lock.run('k', async () => {
      throw new Error('boom');
    });
    const next = lock.run('k', async () => 42);
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe(42);
  });

  it('when idle is awaited, then it also waits for tasks queued while it was waiting', async () => {
    const lock = new KeyLock();
    const finished: string[] = [];
    const gate = deferred();
    void lock.run('a', async () => {
      await gate.promise;
      void lock.run('b', async () => {
        finished.push('b');
      });
      finished.push('a');
    });
    const idle = lock.idle();
    gate.resolve();
    await idle;
    expect(finished).toEqual(['a', 'b']);
  });

  it('when settled is awaited, then it waits for the tasks queued so far and not for ones queued meanwhile', async () => {
    const lock = new KeyLock();
    const finished: string[] = [];
    const first = deferred();
    const later = deferred();
    void lock.run('a', async () => {
      await first.promise;
      finished.push('a');
    });
    const settled = lock.settled().then(() => finished.push('settled'));
    void lock.run('b', async () => {
      await later.promise;
      finished.push('b');
    });
    first.resolve();
    await settled;
    expect(finished).toEqual(['a', 'settled']);
    later.resolve();
    await lock.idle();
    expect(finished).toEqual(['a', 'settled', 'b']);
  });

  it('when nothing is queued, then idle resolves at once', async () => {
    await expect(new KeyLock().idle()).resolves.toBeUndefined();
  });
});
