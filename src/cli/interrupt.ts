/**
 * Ctrl-C while provisioning: instead of dying mid-transaction, abort so the runner rolls back and the
 * command exits 130 with nothing created.
 */
export async function withInterruptAbort<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.on('SIGINT', onSigint);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', onSigint);
  }
}
