/**
 * `ecm klant retire` and `ecm klant reactivate`. Nothing is deleted: the environment's row stays, so its acro
 * and reference code stay taken for ever; only `retired_at`/`retired_by` say that it is closed.
 */
import { allInputChecks, EcmError } from '../errors.js';
import { messages as m } from '../messages/index.js';
import type { Database } from '../db/ports.js';
import { findKlant } from './environment.js';
import { klantState, type KlantState } from './klant-view.js';
import { resolveOperator } from './operator.js';
import { requireSupplier } from './setup.js';

export interface RetirementResult {
  klant: { acro: string } & KlantState;
  changed: boolean;
}

/**
 * How the operator agreed: `given` (`--yes`, or no agreement needed), `missing` (no terminal to ask and no
 * `--yes`: an input error), or a question asked only when something would change, which throws to refuse.
 */
export type Confirmation = 'given' | 'missing' | ((acro: string) => Promise<void>);

export interface RetirementOptions {
  as?: string;
  now: Date;
  dryRun: boolean;
  confirmation: Confirmation;
}

export function retireKlant(db: Database, acro: string, options: RetirementOptions): Promise<RetirementResult> {
  return setRetirement(db, acro, true, options);
}

/** Reopening takes nothing from anyone and is undone by a retire, so it asks for no confirmation. */
export function reactivateKlant(
  db: Database,
  acro: string,
  options: Omit<RetirementOptions, 'confirmation'>,
): Promise<RetirementResult> {
  return setRetirement(db, acro, false, { ...options, confirmation: 'given' });
}

async function setRetirement(
  db: Database,
  acro: string,
  retire: boolean,
  options: RetirementOptions,
): Promise<RetirementResult> {
  await requireSupplier(db.read);
  const [operator] = await allInputChecks([
    resolveOperator(db.read, options.as),
    // A dry run changes nothing, so it needs no agreement.
    options.confirmation === 'missing' && !options.dryRun
      ? Promise.reject(EcmError.one('input', 'confirmation_required', m.retirement.confirmationRequired))
      : Promise.resolve(),
  ] as const);
  const environment = await findKlant(db.read, acro);
  const wouldChange = (environment.retiredAt === null) === retire;
  const retired = { at: options.now.toISOString(), by: operator };

  if (options.dryRun) {
    const after = !wouldChange
      ? environment
      : retire
        ? { retiredAt: retired.at, retiredBy: retired.by }
        : { retiredAt: null, retiredBy: null };
    return { klant: { acro: environment.acro, ...klantState(after) }, changed: wouldChange };
  }
  if (wouldChange && typeof options.confirmation === 'function') await options.confirmation(environment.acro);

  return db.transaction(async (tx) => {
    const before = await findKlant(tx, environment.acro);
    const changed = await tx.setEnvironmentRetired(environment.id, retire ? retired : null);
    // Doing what is already so changes nothing, and the audit holds no record without its change.
    if (changed) {
      await tx.recordAudit({
        environmentId: environment.id,
        action: retire ? 'klant.retire' : 'klant.reactivate',
        actor: operator,
        at: retired.at,
        // Reactivating clears the columns; the record keeps which retirement it ended.
        input: retire ? {} : { retiredAt: before.retiredAt, retiredBy: before.retiredBy },
      });
    }
    const after = await findKlant(tx, environment.acro);
    return { klant: { acro: after.acro, ...klantState(after) }, changed };
  });
}
