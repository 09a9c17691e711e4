/**
 * Where a klantadmin's temporary password goes, for every command that makes one (`klant create`,
 * `klantadmin add`, `klantadmin reset-password`): it is shown once, only where the operator alone sees it.
 */
import { messages as m } from '../messages/index.js';
import type { CliContext } from './context.js';
import type { PasswordDisplay } from './output/klant-summary.js';
import { renderPasswordNotice } from './output/klant-summary.js';
import type { PasswordFile } from './password-file.js';

/** `--password-file`, unless nothing is to be written: a dry run makes no password. */
export function passwordFilePath(options: Record<string, unknown>): string | null {
  return typeof options.passwordFile === 'string' && options.dryRun !== true ? options.passwordFile : null;
}

/**
 * In the summary when stdout is the terminal, or on stderr when stdout goes to a file or pipe but stderr is
 * still the terminal; with `--password-file`, written there (and on the terminal when that fails, because the
 * account exists by then and its password must reach the operator).
 */
export async function deliverPassword(
  cli: CliContext,
  options: Record<string, unknown>,
  file: PasswordFile | null,
  password: string,
): Promise<PasswordDisplay> {
  let display = passwordDisplay(cli, options, file?.path ?? null);
  if (file) {
    await file.write(password).catch(() => {
      display = { shown: 'stderr' };
      cli.stderr.write(`${m.summary.passwordFileFailed(file.path)}\n`);
    });
  }
  return display;
}

/** The password on stderr, when `display` says that is where it goes. */
export function noticeOnTerminal(
  cli: CliContext,
  display: PasswordDisplay,
  account: { username: string; temporaryPassword: string },
): void {
  if (display.shown === 'stderr') cli.stderr.write(renderPasswordNotice(cli.err, account));
}

function passwordDisplay(cli: CliContext, options: Record<string, unknown>, file: string | null): PasswordDisplay {
  if (options.showPassword === true || (cli.format === 'text' && cli.stdout.isTTY)) return { shown: 'summary' };
  if (file === null && cli.format === 'text' && cli.stderr.isTTY) return { shown: 'stderr' };
  return { shown: 'no', file };
}
