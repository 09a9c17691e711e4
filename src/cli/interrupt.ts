/**
 * Ctrl-C while provisioning: instead of dying mid-transaction, abort so the runner rolls back between steps
 * and the command exits 130 with nothing created. A step can wait long (a lock on a shared server), so a
 * second Ctrl-C ends the process at once; the database rolls back the transaction that was never committed.
 */
export async function withInterruptAbort<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onSigint = () => {
    if (!controller.signal.aborted) return controller.abort();
    process.off('SIGINT', onSigint);
    process.kill(process.pid, 'SIGINT');
  };
  process.on('SIGINT', onSigint);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', onSigint);
  }
}
