/**
 * What `klantadmin add` and `klantadmin reset-password` share: the operator and the password file checked with
 * the rest of the input, the file made before anything is written, and the password shown once.
 */
import { resolveOperator } from '../app/operator.js';
import { requireSupplier } from '../app/setup.js';
import type { KlantadminOptions, KlantadminResult } from '../app/klantadmins.js';
import type { Database } from '../db/ports.js';
import { allInputChecks } from '../errors.js';
import { klantadminResultJson } from './output/klant-json.js';
import type { PasswordDisplay } from './output/klant-summary.js';
import { renderKlantadmin } from './output/klantadmin-summary.js';
import { checkPasswordFile, createPasswordFile } from './password-file.js';
import type { Rendered, Session } from './session.js';
import { deliverPassword, noticeOnTerminal, passwordFilePath } from './temporary-password.js';
import { checkHandoverFile, deliverHandover, handoverPath, reserveHandoverFile } from './handover-file.js';

export async function runKlantadminCommand<T>(
  session: Session,
  options: Record<string, unknown>,
  act: 'add' | 'reset',
  input: () => Promise<T>,
  work: (db: Database, input: T, options: KlantadminOptions) => Promise<KlantadminResult>,
): Promise<Rendered> {
  const { cli } = session;
  const dryRun = options.dryRun === true;
  const db = await session.database(dryRun ? 'read' : 'write');
  // Before init the one useful answer is the hint to run it, whatever else is wrong with the input.
  await requireSupplier(db.read);
  const passwordPath = passwordFilePath(options);
  const handover = handoverPath(options);
  // Asked, if at all, before the other checks start: none of them may be left failing while a person answers.
  const named = await session.operator(db, options);
  const [given, operator] = await allInputChecks([
    input(),
    resolveOperator(db.read, named),
    passwordPath === null ? Promise.resolve() : checkPasswordFile(passwordPath),
    checkHandoverFile(handover),
  ] as const);
  const passwordFile = passwordPath === null ? null : await createPasswordFile(passwordPath);
  const handoverFile = await reserveHandoverFile(handover).catch(async (error: unknown) => {
    await passwordFile?.finish();
    throw error;
  });
  try {
    const result = await work(db, given, { operator, now: new Date(), dryRun });
    let password: PasswordDisplay = result.dryRun
      ? { shown: 'no', file: null }
      : await deliverPassword(cli, options, passwordFile, result.klantadmin.temporaryPassword);
    if (handoverFile && !result.dryRun)
      password = await deliverHandover(cli, db, handoverFile, result.acro, result.klantadmin, password);
    if (!result.dryRun) noticeOnTerminal(cli, password, result.klantadmin);
    return {
      json: klantadminResultJson(result, options.showPassword === true),
      text: renderKlantadmin(cli.out, act, result, password),
    };
  } finally {
    await passwordFile?.finish();
    await handoverFile?.finish();
  }
}
