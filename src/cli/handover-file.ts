/**
 * `--handover <file.pdf>` of `klant create`, `klantadmin add` and `klantadmin reset-password`: the handover
 * page with the klantadmin's temporary password, the one place besides the password's own outputs where it
 * may be. Checked and reserved like `--password-file`, filled once the account exists.
 */
import { makeHandover } from '../app/handover.js';
import type { Database } from '../db/ports.js';
import { messages as m } from '../messages/index.js';
import type { CliContext } from './context.js';
import type { PasswordDisplay } from './output/klant-summary.js';
import { checkOutputFile, reserveOutputFile, type ReservedFile } from './output-file.js';

/** `--handover`, unless nothing is to be written: a dry run makes no password. */
export function handoverPath(options: Record<string, unknown>): string | null {
  return typeof options.handover === 'string' && options.dryRun !== true ? options.handover : null;
}

export function checkHandoverFile(path: string | null): Promise<void> {
  return path === null ? Promise.resolve() : checkOutputFile(path, false, 'handover');
}

export function reserveHandoverFile(path: string | null): Promise<ReservedFile | null> {
  return path === null ? Promise.resolve(null) : reserveOutputFile(path, 'handover');
}

/**
 * Writes the page. The account exists by now, so a page that cannot be written is said on stderr, and the
 * password goes there too when it would otherwise reach nobody.
 */
export async function deliverHandover(
  cli: CliContext,
  db: Database,
  file: ReservedFile,
  acro: string,
  account: { username: string; temporaryPassword: string; passwordExpiresAt: string } | null,
  password: PasswordDisplay,
): Promise<PasswordDisplay> {
  try {
    const secret = account && {
      username: account.username,
      password: account.temporaryPassword,
      expiresAt: account.passwordExpiresAt,
    };
    await file.write((await makeHandover(db, acro, secret)).pdf);
    return password;
  } catch {
    cli.stderr.write(`${m.documents.handoverFailed(file.path)}\n`);
    return account && password.shown === 'no' && password.file === null ? { shown: 'stderr' } : password;
  }
}
