/**
 * Shows the provisioning steps as they run: an ora spinner per step on a terminal, plain lines when stderr
 * is not one, and nothing at all with JSON output (stderr then carries only what a person must see).
 */
import type { ChalkInstance } from 'chalk';
import type { Ora } from 'ora';
import { messages as m } from '../../messages/index.js';
import type { StepId, StepReporter } from '../../provision/step.js';
import type { CliContext } from '../context.js';

const silentReporter: StepReporter = { started() {}, done() {}, skipped() {}, failed() {} };

function plainReporter(write: (line: string) => void, c: ChalkInstance): StepReporter {
  return {
    started: () => undefined,
    done: (id, ms) => write(`${c.green('✔')} ${m.steps[id]} ${c.dim(`(${ms} ms)`)}`),
    skipped: (id, reason) => write(`${c.dim('-')} ${m.steps[id]} ${c.dim(`— ${m.stepStatus.skipped}: ${reason}`)}`),
    failed: (id) => write(`${c.red('✖')} ${m.steps[id]} — ${m.stepStatus.failed}`),
  };
}

async function spinnerReporter(cli: CliContext): Promise<StepReporter> {
  const { default: ora } = await import('ora');
  const c = cli.err;
  let spinner: Ora | null = null;
  const finish = (symbol: string, text: string) => {
    spinner?.stopAndPersist({ symbol, text });
    spinner = null;
  };
  const title = (id: StepId) => m.steps[id];
  return {
    started: (id) => {
      spinner = ora({
        text: title(id),
        stream: cli.stderr,
        color: cli.err.level > 0 ? 'cyan' : false,
        discardStdin: false,
      }).start();
    },
    done: (id, ms) => finish(c.green('✔'), `${title(id)} ${c.dim(`(${ms} ms)`)}`),
    skipped: (id, reason) => {
      spinner = null;
      cli.stderr.write(`${c.dim('-')} ${title(id)} ${c.dim(`— ${m.stepStatus.skipped}: ${reason}`)}\n`);
    },
    failed: (id) => finish(c.red('✖'), `${title(id)} — ${m.stepStatus.failed}`),
  };
}

export async function reporterFor(cli: CliContext): Promise<StepReporter> {
  if (cli.format === 'json') return silentReporter;
  if (cli.stderr.isTTY && !cli.env.CI) return spinnerReporter(cli);
  return plainReporter((line) => cli.stderr.write(`${line}\n`), cli.err);
}
