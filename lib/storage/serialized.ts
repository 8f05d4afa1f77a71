/** Runs calls that share a first argument (a key) one after another, so read-modify-write never interleaves. */
export function serialized<K, A extends unknown[], R>(
  fn: (key: K, ...args: A) => Promise<R>,
): (key: K, ...args: A) => Promise<R> {
  const tails = new Map<K, Promise<unknown>>();
  return (key, ...args) => {
    const run = (tails.get(key) ?? Promise.resolve()).then(
      () => fn(key, ...args),
      () => fn(key, ...args),
    );
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
