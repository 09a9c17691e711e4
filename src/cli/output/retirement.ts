/** Human rendering of `klant retire` and `klant reactivate`. */
import type { ChalkInstance } from 'chalk';
import { messages as m } from '../../messages/index.js';
import type { RetirementResult } from '../../app/retirement.js';
import { visibleData } from './visible.js';

export function renderRetirement(c: ChalkInstance, result: RetirementResult, retire: boolean, dryRun: boolean): string {
  const { acro } = visibleData(result.klant);
  const r = m.retirement;
  if (!result.changed) return `${retire ? r.alreadyRetired(acro) : r.alreadyActive(acro)}\n`;
  if (dryRun) return `${retire ? r.wouldRetire(acro) : r.wouldReactivate(acro)}\n`;
  return `${c.green('✔')} ${retire ? r.retired(acro) : r.reactivated(acro)}\n`;
}
