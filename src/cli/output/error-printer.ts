/**
 * The one place errors become output: a JSON failure document on stdout, or lines on stderr for people.
 * Stack traces only with --debug.
 */
import { EcmError, type Problem } from '../../errors.js';
import { messages as m } from '../../messages/index.js';
import type { CliContext } from '../context.js';
import { jsonDocument } from './json.js';
import { visible } from './visible.js';

export function asEcmError(error: unknown): EcmError {
  if (error instanceof EcmError) return error;
  return EcmError.one('internal', 'internal_error', m.internal, null, error);
}

export function printError(cli: CliContext, error: EcmError, hint?: (problem: Problem) => string | undefined): void {
  if (cli.format === 'json') {
    cli.stdout.write(jsonDocument({ ok: false, errors: error.problems }));
  } else {
    const { err } = cli;
    // A message may quote the input that was refused, control characters and all.
    const lines = error.problems.map((p) => {
      const where =
        p.field === null ? '' : err.bold(visible(p.field)) + (hint?.(p) ? err.dim(` (${hint(p)})`) : '') + ': ';
      return `${err.red('✖')} ${where}${visible(p.message)}`;
    });
    cli.stderr.write(`${lines.join('\n')}\n`);
  }
  if (cli.debug) cli.stderr.write(debugDetail(error));
}

function debugDetail(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  while (current instanceof Error) {
    parts.push(current.stack ?? `${current.name}: ${current.message}`);
    current = current.cause;
  }
  if (current !== undefined) parts.push(String(current));
  return `${parts.join('\ncaused by: ')}\n`;
}
