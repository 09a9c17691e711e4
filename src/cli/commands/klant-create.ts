import { createKlant, planKlant } from '../../app/create-klant.js';
import { requireSupplier } from '../../app/setup.js';
import { klantResultJson, planJson } from '../output/klant-json.js';
import { renderKlantCreated, renderPlan, renderWarnings } from '../output/klant-summary.js';
import { reporterFor } from '../output/step-reporter.js';
import { formFromFlagsOnly, formFromJson, formFromPrompts, isInteractive } from '../klant-input.js';
import { withInterruptAbort } from '../interrupt.js';
import { createPasswordFile } from '../password-file.js';
import type { Rendered, Session } from '../session.js';

export async function run(session: Session, options: Record<string, unknown>): Promise<Rendered> {
  const { cli } = session;
  const db = await session.database();
  // Before init the one useful answer is the hint to run it, whatever else is wrong with the input.
  await requireSupplier(db.read);
  const interactive = isInteractive(cli, options);
  const form =
    options.json !== undefined
      ? await formFromJson(cli, options)
      : interactive
        ? await formFromPrompts(cli, db, options)
        : formFromFlagsOnly(options);
  const common = { as: session.operator(), reporter: await reporterFor(cli) };

  if (options.dryRun === true) {
    const plan = await withInterruptAbort((signal) => planKlant(db, form, { ...common, signal }));
    if (cli.format === 'text') cli.stderr.write(renderWarnings(cli.err, plan.warnings));
    return { json: planJson(plan), text: renderPlan(cli.out, form.company.acro, plan) };
  }

  const passwordFile =
    typeof options.passwordFile === 'string' && form.admin ? await createPasswordFile(options.passwordFile) : null;
  try {
    const result = await withInterruptAbort((signal) => createKlant(db, form, { ...common, signal }));
    if (result.klantadmin) await passwordFile?.write(result.klantadmin.temporaryPassword);
    if (cli.format === 'text') cli.stderr.write(renderWarnings(cli.err, result.warnings));
    const showPassword = options.showPassword === true || (cli.format === 'text' && Boolean(cli.stdout.isTTY));
    return {
      json: klantResultJson(result, options.showPassword === true),
      text: renderKlantCreated(
        cli.out,
        result,
        showPassword ? { shown: true } : { shown: false, file: passwordFile?.path ?? null },
      ),
    };
  } finally {
    await passwordFile?.finish();
  }
}
