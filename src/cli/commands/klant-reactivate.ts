import { reactivateKlant } from '../../app/retirement.js';
import { renderRetirement } from '../output/retirement.js';
import type { Rendered, Session } from '../session.js';

export async function run(session: Session, options: Record<string, unknown>, [acro]: string[]): Promise<Rendered> {
  const dryRun = options.dryRun === true;
  const db = await session.database(dryRun ? 'read' : 'write');
  const result = await reactivateKlant(db, acro!, { as: await session.operator(db, options), now: new Date(), dryRun });
  return {
    json: { ok: true, ...result, ...(dryRun ? { dryRun: true } : {}) },
    text: renderRetirement(session.cli.out, result, false, dryRun),
  };
}
