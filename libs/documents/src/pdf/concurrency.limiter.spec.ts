import { ConcurrencyLimiter } from './concurrency.limiter';

/** A task that finishes when the test says so. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('ConcurrencyLimiter', () => {
  describe('run', () => {
    it('runs at most `limit` tasks at once and starts the others in arrival order', async () => {
      const limiter = new ConcurrencyLimiter(2);
      const gates = [gate(), gate(), gate(), gate()];
      const started: number[] = [];
      const runs = gates.map((g, i) =>
        limiter.run(async () => {
          started.push(i);
          await g.promise;
          return i;
        }),
      );
      await Promise.resolve();
      expect(started).toEqual([0, 1]);
      expect([limiter.active, limiter.queued]).toEqual([2, 2]);

      gates[1]?.open();
      await runs[1];
      await Promise.resolve();
      expect(started).toEqual([0, 1, 2]);

      gates.forEach((g) => g.open());
      await expect(Promise.all(runs)).resolves.toEqual([0, 1, 2, 3]);
      expect([limiter.active, limiter.queued]).toEqual([0, 0]);
    });

    it('frees the slot when a task fails', async () => {
      const limiter = new ConcurrencyLimiter(1);
      await expect(limiter.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      await expect(limiter.run(async () => 'next')).resolves.toBe('next');
      expect(limiter.active).toBe(0);
    });
  });

  it('rejects a limit below 1', () => {
    expect(() => new ConcurrencyLimiter(0)).toThrow(RangeError);
  });
});
