// Runs async tasks one after another, so that each read-modify-write of stored state sees the
// previous one's result. A failed task does not stop the queue.

export type SerialQueue = <T>(task: () => Promise<T>) => Promise<T>;

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task);
    tail = run.catch(() => {
      // The caller of this task gets its failure (and reports it); the queue only has to go on.
    });
    return run;
  };
}
