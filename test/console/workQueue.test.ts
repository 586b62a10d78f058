import { QueueFullError, WorkQueue } from '../../src/console/workQueue.js';

describe('a queue of costly work', () => {
  test('when more tasks come than run at once, then they run one at a time in arrival order, and one more than may wait is refused', async () => {
    const queue = new WorkQueue({ concurrency: 1, maxWaiting: 2 });
    const order: string[] = [];
    let running = 0;
    let mostAtOnce = 0;
    const task = (name: string) => async () => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await new Promise((resolve) => setTimeout(resolve, 10));
      order.push(name);
      running -= 1;
      return name;
    };
    const accepted = [queue.run(task('a')), queue.run(task('b')), queue.run(task('c'))];
    await expect(queue.run(task('d'))).rejects.toBeInstanceOf(QueueFullError);
    await expect(Promise.all(accepted)).resolves.toEqual(['a', 'b', 'c']);
    expect(order).toEqual(['a', 'b', 'c']);
    expect(mostAtOnce).toBe(1);
    await expect(queue.run(task('e'))).resolves.toBe('e');
  });

  test('when a task fails, then the next one still runs', async () => {
    const queue = new WorkQueue({ concurrency: 1, maxWaiting: 5 });
    const failing = queue.run(() => Promise.reject(new Error('boom')));
    const next = queue.run(() => Promise.resolve('next'));
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
  });
});
