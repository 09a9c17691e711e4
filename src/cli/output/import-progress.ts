/**
 * Progress of `ecm klant import` on stderr: one line redrawn in place on a terminal (done / total, rate, time
 * left), a line per record otherwise, and nothing with JSON output.
 */
import type { RecordOutcome } from '../../app/import-klanten.js';
import { messages as m } from '../../messages/index.js';
import type { CliContext } from '../context.js';

export interface ImportProgress {
  record(outcome: RecordOutcome, done: number): void;
  end(): void;
}

const quiet: ImportProgress = { record() {}, end() {} };

export function importProgress(cli: CliContext, total: number): ImportProgress {
  if (cli.format === 'json') return quiet;
  if (!cli.stderr.isTTY) {
    return {
      record: (o, done) => cli.stderr.write(`${m.import.progress(m.import.status[o.status], o.acro, done, total)}\n`),
      end() {},
    };
  }
  const started = performance.now();
  let drawn = false;
  return {
    record(_outcome, done) {
      const seconds = (performance.now() - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const left = rate > 0 ? `${Math.ceil((total - done) / rate)}s` : '?';
      const width = 20;
      const filled = Math.round((done / Math.max(total, 1)) * width);
      const bar = `[${'#'.repeat(filled)}${' '.repeat(width - filled)}]`;
      cli.stderr.write(`\r${bar} ${m.import.bar(done, total, rate.toFixed(1), left)}\u001b[K`);
      drawn = true;
    },
    end() {
      if (drawn) cli.stderr.write('\n');
    },
  };
}
