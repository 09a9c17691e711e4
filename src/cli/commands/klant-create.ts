import { createKlant, planKlant } from '../../app/create-klant.js';
import { resolveOperator } from '../../app/operator.js';
import { requireSupplier } from '../../app/setup.js';
import { klantResultJson, planJson } from '../output/klant-json.js';
import { renderKlantCreated, renderPlan, renderWarnings, type PasswordDisplay } from '../output/klant-summary.js';
import { reporterFor } from '../output/step-reporter.js';
import { formFromFlagsOnly, formFromJson, formFromPrompts, isInteractive, refuseBadFlags } from '../klant-input.js';
import { withInterruptAbort } from '../interrupt.js';
import { checkPasswordFile, createPasswordFile } from '../password-file.js';
import { allInputChecks } from '../../errors.js';
import { messages as m } from '../../messages/index.js';
import { deliverPassword, noticeOnTerminal, passwordFilePath } from '../temporary-password.js';
import { checkHandoverFile, deliverHandover, handoverPath, reserveHandoverFile } from '../handover-file.js';
import { checkSaveInput, saveInput, saveInputPath } from '../saved-input.js';
import type { Rendered, Session } from '../session.js';

export async function run(session: Session, options: Record<string, unknown>): Promise<Rendered> {
  const { cli } = session;
  const db = await session.database(options.dryRun === true ? 'read' : 'write');
  // Before init the one useful answer is the hint to run it, whatever else is wrong with the input.
  await requireSupplier(db.read);
  const interactive = isInteractive(cli, options);
  const passwordPath = passwordFilePath(options);
  const handover = handoverPath(options);
  const savePath = saveInputPath(options);
  // On a terminal, who acts may be a question: the first one, so no check below fails while it waits.
  const named = await session.operator(db, options);
  // Who acts and where the password and answers go are checked with the form, so every input problem comes out
  // in one round; in a terminal they are checked before the first question of the form, not after it.
  const [operator, , , , given] = await allInputChecks([
    resolveOperator(db.read, named),
    passwordPath === null ? Promise.resolve() : checkPasswordFile(passwordPath),
    checkHandoverFile(handover),
    checkSaveInput(savePath, options),
    interactive
      ? refuseBadFlags(db, options).then(() => null)
      : options.json !== undefined
        ? formFromJson(cli, db, options)
        : formFromFlagsOnly(db, options),
  ] as const);
  const { raw, form } = given ?? (await formFromPrompts(cli, db, options));
  if (savePath !== null) {
    const saved = await saveInput(savePath, raw, form, options);
    if (cli.format === 'text') cli.stderr.write(`${m.savedInput.saved(saved)}\n`);
  }
  const common = { as: operator, reporter: await reporterFor(cli) };
  const spaced = cli.format === 'text' && Boolean(cli.stderr.isTTY);
  if (spaced) cli.stderr.write('\n');

  if (options.dryRun === true) {
    const plan = await withInterruptAbort((signal) => planKlant(db, form, { ...common, signal }));
    if (cli.format === 'text') cli.stderr.write(renderWarnings(cli.err, plan.warnings));
    return { json: planJson(plan), text: renderPlan(cli.out, form.company.acro, plan) };
  }

  const passwordFile = passwordPath === null ? null : await createPasswordFile(passwordPath);
  const handoverFile = await reserveHandoverFile(handover).catch(async (error: unknown) => {
    await passwordFile?.finish();
    throw error;
  });
  try {
    const result = await withInterruptAbort((signal) => createKlant(db, form, { ...common, signal }));
    let password: PasswordDisplay = result.klantadmin
      ? await deliverPassword(cli, options, passwordFile, result.klantadmin.temporaryPassword)
      : { shown: 'no', file: null };
    if (handoverFile)
      password = await deliverHandover(cli, db, handoverFile, result.klant.acro, result.klantadmin, password);
    if (cli.format === 'text') cli.stderr.write(renderWarnings(cli.err, result.warnings));
    if (result.klantadmin) noticeOnTerminal(cli, password, result.klantadmin);
    if (spaced) cli.stderr.write('\n');
    return {
      json: klantResultJson(result, options.showPassword === true),
      text: renderKlantCreated(cli.out, result, password),
    };
  } finally {
    await passwordFile?.finish();
    await handoverFile?.finish();
  }
}
