import { findKlant, requireActive } from '../../app/environment.js';
import { klantView } from '../../app/klant-view.js';
import { resolveOperator } from '../../app/operator.js';
import { checkKlantUpdate, type CheckedUpdate } from '../../app/parse-klant-update.js';
import { requireSupplier } from '../../app/setup.js';
import { planKlantUpdate, updateKlant, type KlantUpdated } from '../../app/update-klant.js';
import { allInputChecks, EcmError } from '../../errors.js';
import { messages as m } from '../../messages/index.js';
import type { Database } from '../../db/ports.js';
import type { CliContext } from '../context.js';
import { formLookups } from '../form-lookups.js';
import { isInteractive } from '../klant-input.js';
import { changeFlagsGiven, changesFromFlags, changesFromJson } from '../klant-update-input.js';
import { renderWarnings } from '../output/klant-summary.js';
import { renderChanges, renderKlantUpdated, renderUpdatePlan } from '../output/klant-update-summary.js';
import type { Prompter } from '../prompts/prompter.js';
import type { Rendered, Session } from '../session.js';

export async function run(session: Session, options: Record<string, unknown>, [acro]: string[]): Promise<Rendered> {
  const { cli } = session;
  const dryRun = options.dryRun === true;
  const db = await session.database(dryRun ? 'read' : 'write');
  // Before init the one useful answer is the hint to run it, whatever else is wrong with the input.
  await requireSupplier(db.read);
  // A terminal asks only when nothing was given: flags are a complete answer in themselves.
  const interactive = isInteractive(cli, options) && changeFlagsGiven(options).length === 0;
  const named = await session.operator(db, options);
  const [operator, given] = await allInputChecks([
    resolveOperator(db.read, named),
    interactive ? Promise.resolve(null) : changesGiven(cli, db, options),
  ] as const);
  try {
    const asked = given === null ? await changesAsked(cli, db, acro!) : null;
    const checked = given ?? asked!.checked;
    if (dryRun) {
      const plan = await planKlantUpdate(db, acro!, checked);
      if (cli.format === 'text') cli.stderr.write(renderWarnings(cli.err, plan.warnings));
      return { json: resultJson(plan, true), text: renderUpdatePlan(cli.out, plan) };
    }
    if (asked && options.yes !== true)
      await confirmChanges(cli, asked.prompter, await planKlantUpdate(db, acro!, checked));
    const updated = await updateKlant(db, acro!, checked, { operator });
    if (cli.format === 'text') cli.stderr.write(renderWarnings(cli.err, updated.warnings));
    return { json: resultJson(updated, false), text: renderKlantUpdated(cli.out, updated) };
  } catch (error) {
    // The prompts say "nothing was created" on Ctrl-C; here nothing was changed.
    if (error instanceof EcmError && error.kind === 'cancelled') {
      throw EcmError.one('cancelled', 'cancelled', m.update.cancelled, null, error);
    }
    throw error;
  }
}

function resultJson(result: KlantUpdated, dryRun: boolean) {
  return {
    ok: true,
    ...(dryRun && { dryRun: true }),
    klant: result.klant,
    changed: result.changes.map((change) => change.path),
    warnings: result.warnings,
  };
}

async function changesGiven(cli: CliContext, db: Database, options: Record<string, unknown>): Promise<CheckedUpdate> {
  if (options.json !== undefined) {
    const { raw, baseDir } = await changesFromJson(cli, options);
    return checkKlantUpdate(db.read, raw, baseDir);
  }
  return checkKlantUpdate(db.read, changesFromFlags(options), process.cwd());
}

/**
 * The environment is looked up before the first question: its values are the defaults, and there is no point
 * in asking for changes to one that does not exist or is retired.
 */
async function changesAsked(
  cli: CliContext,
  db: Database,
  acro: string,
): Promise<{ checked: CheckedUpdate; prompter: Prompter }> {
  const environment = await findKlant(db.read, acro);
  requireActive(environment);
  const [{ createInquirerPrompter }, { askKlantUpdate }] = await Promise.all([
    import('../prompts/inquirer-prompter.js'),
    import('../prompts/klant-update-form.js'),
  ]);
  const prompter = createInquirerPrompter({ output: cli.stderr, input: cli.stdin, color: cli.err.level > 0 });
  const lookups = {
    ...formLookups(db.read),
    // Its own reference code is no clash.
    referenceCodeTaken: (code: string) => db.read.referenceCodeInUse(code, environment.id),
  };
  const document = await askKlantUpdate(prompter, lookups, klantView(environment));
  return { checked: await checkKlantUpdate(db.read, { document }, process.cwd()), prompter };
}

/** Shows what would change, old → new, and asks to go ahead; "no" cancels with nothing changed. */
async function confirmChanges(cli: CliContext, prompter: Prompter, plan: KlantUpdated): Promise<void> {
  if (plan.changes.length === 0) return;
  prompter.note(`\n${renderChanges(cli.err, plan.changes).join('\n')}\n`);
  if (!(await prompter.confirm({ message: m.prompts.update.confirm, default: true }))) {
    throw EcmError.one('cancelled', 'cancelled', m.update.cancelled);
  }
}
