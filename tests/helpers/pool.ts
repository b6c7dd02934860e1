/**
 * Runs `work` over `items` with at most `size` at a time and returns one promise per item, in
 * order, so a test can wait for its own item while the others are still running.
 */
export function pool<T, R>(items: readonly T[], size: number, work: (item: T, worker: number) => Promise<R>): Array<Promise<R>> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Pool size must be a positive integer, got ${size}`);
  const settlers = items.map(() => {
    let resolve!: (value: R) => void;
    let reject!: (reason: unknown) => void;
    const promise = new Promise<R>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // A result nobody awaits must not become an unhandled rejection.
    promise.catch(() => undefined);
    return { promise, resolve, reject };
  });
  let next = 0;
  const run = async (worker: number): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      const settler = settlers[index]!;
      try {
        settler.resolve(await work(items[index]!, worker));
      } catch (error) {
        settler.reject(error);
      }
    }
  };
  for (let worker = 0; worker < Math.min(size, items.length); worker++) void run(worker);
  return settlers.map((s) => s.promise);
}
