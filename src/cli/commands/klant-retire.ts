import { retireKlant, type Confirmation } from '../../app/retirement.js';
import { confirmRetirement } from '../prompts/retire-confirmation.js';
import { renderRetirement } from '../output/retirement.js';
import type { CliContext } from '../context.js';
import type { Rendered, Session } from '../session.js';

export async function run(session: Session, options: Record<string, unknown>, [acro]: string[]): Promise<Rendered> {
  const dryRun = options.dryRun === true;
  const db = await session.database(dryRun ? 'read' : 'write');
  const result = await retireKlant(db, acro!, {
    as: await session.operator(db, options),
    now: new Date(),
    dryRun,
    confirmation: confirmation(session.cli, options),
  });
  return {
    json: { ok: true, ...result, ...(dryRun ? { dryRun: true } : {}) },
    text: renderRetirement(session.cli.out, result, true, dryRun),
  };
}

function confirmation(cli: CliContext, options: Record<string, unknown>): Confirmation {
  if (options.yes === true) return 'given';
  if (!cli.stdin.isTTY || !cli.stderr.isTTY) return 'missing';
  return async (acro) => {
    const { createInquirerPrompter } = await import('../prompts/inquirer-prompter.js');
    const prompter = createInquirerPrompter({ output: cli.stderr, input: cli.stdin, color: cli.err.level > 0 });
    await confirmRetirement(prompter, acro);
  };
}
