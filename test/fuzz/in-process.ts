/**
 * Runs `ecm` by calling `main` with fake streams, as bin/ecm.js calls it with the real ones: ten thousand
 * cases cannot each pay for a process start. What main throws instead of returning an exit code is reported
 * as exit 1 with its stack on stderr, which the invariants refuse.
 */
import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { Outcome } from './invariants.js';
import type { RunEcm } from './property.js';

function collector(): { stream: NodeJS.WriteStream; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      done();
    },
  });
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => Buffer.concat(chunks).toString('utf8') };
}

export const runInProcess: RunEcm = async (args, { db, stdin }): Promise<Outcome> => {
  const stdout = collector();
  const stderr = collector();
  const input = Readable.from(stdin === '' ? [] : [Buffer.from(stdin)]) as unknown as NodeJS.ReadStream;
  try {
    const code = await main(args, {
      stdin: input,
      stdout: stdout.stream,
      stderr: stderr.stream,
      env: { ECM_DATABASE_URL: db },
    });
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  } catch (error) {
    return { code: 1, stdout: stdout.text(), stderr: `${stderr.text()}main threw: ${(error as Error).stack}` };
  }
};
