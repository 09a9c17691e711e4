import { checkImport } from '../../app/check-import.js';
import { importKlanten, planImport, type RecordOutcome } from '../../app/import-klanten.js';
import { resolveOperator } from '../../app/operator.js';
import { requireSupplier } from '../../app/setup.js';
import { allInputChecks, EXIT_CODES } from '../../errors.js';
import { readImportFile } from '../import-file.js';
import { withInterruptAbort } from '../interrupt.js';
import { importJson, renderImport } from '../output/import-summary.js';
import { importProgress } from '../output/import-progress.js';
import { checkPasswordFile, createPasswordFile, type PasswordFile } from '../password-file.js';
import { passwordFilePath } from '../temporary-password.js';
import type { Rendered, Session } from '../session.js';

export async function run(session: Session, options: Record<string, unknown>, [source]: string[]): Promise<Rendered> {
  const { cli } = session;
  const dryRun = options.dryRun === true;
  const db = await session.database(dryRun ? 'read' : 'write');
  await requireSupplier(db.read);
  const passwordPath = passwordFilePath(options);
  const named = await session.operator(db, options);
  const [operator, , file] = await allInputChecks([
    resolveOperator(db.read, named),
    passwordPath === null ? Promise.resolve() : checkPasswordFile(passwordPath),
    readImportFile(cli, source!, options.format),
  ] as const);
  const records = await checkImport(db.read, file.raws, file.baseDir, { skipExisting: options.skipExisting === true });
  const showPassword = options.showPassword === true;

  if (dryRun) {
    const planned = await planImport(db, records);
    return {
      json: importJson(planned, { dryRun: true, showPassword, stopped: false }),
      text: renderImport(cli.out, planned, true),
    };
  }

  const passwordFile = passwordPath === null ? null : await createPasswordFile(passwordPath);
  await passwordFile?.write('acro,username,password,expiresAt');
  const progress = importProgress(cli, records.length);
  try {
    const result = await withInterruptAbort((signal) =>
      importKlanten(db, records, {
        as: operator,
        signal,
        onRecord: (outcome, done) => {
          progress.record(outcome, done);
          if (passwordFile) return writePassword(passwordFile, outcome);
        },
      }),
    );
    progress.end();
    return {
      json: importJson(result.records, { dryRun: false, showPassword, stopped: result.stoppedBy !== null }),
      text: renderImport(cli.out, result.records, false),
      exitCode: result.stoppedBy ? EXIT_CODES[result.stoppedBy.kind] : 0,
    };
  } finally {
    await passwordFile?.finish();
  }
}

/** One line per klantadmin, `acro,username,password,expiresAt`; none of them can hold a comma or a quote. */
async function writePassword(file: PasswordFile, outcome: RecordOutcome): Promise<void> {
  const k = outcome.klantadmin;
  if (k) await file.write([outcome.acro, k.username, k.temporaryPassword, k.passwordExpiresAt].join(','));
}
