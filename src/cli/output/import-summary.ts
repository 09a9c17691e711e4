/** The result of `ecm klant import`: the JSON document the contract fixes, and a table with counts. */
import type { ChalkInstance } from 'chalk';
import type { RecordOutcome, RecordStatus } from '../../app/import-klanten.js';
import { messages as m } from '../../messages/index.js';
import { klantadminJson } from './klant-json.js';
import { renderTable } from './listings.js';

const count = (records: readonly RecordOutcome[], status: RecordStatus) =>
  records.filter((r) => r.status === status).length;

export function importJson(
  records: readonly RecordOutcome[],
  options: { dryRun: boolean; showPassword: boolean; stopped: boolean },
) {
  return {
    // A Ctrl-C between two environments fails no record, but the import did not finish.
    ok: !options.stopped && !records.some((r) => r.status === 'failed'),
    ...(options.dryRun ? { dryRun: true } : {}),
    created: count(records, 'created'),
    skipped: count(records, 'skipped'),
    records: records.map((r) => ({
      ...r,
      klantadmin: r.klantadmin && klantadminJson(r.klantadmin, options.showPassword),
    })),
  };
}

const STATUSES: readonly RecordStatus[] = ['planned', 'created', 'skipped', 'failed', 'not_attempted'];

export function renderImport(c: ChalkInstance, records: readonly RecordOutcome[], dryRun: boolean): string {
  const table = renderTable(c, ['acro', 'status', 'url'] as const, records);
  const counts = STATUSES.map((s) => [m.import.status[s], count(records, s)] as const).filter(([, n]) => n > 0);
  const failures = records.flatMap((r) => r.errors.map((e) => `${c.red('✖')} ${r.acro}: ${e.message}`));
  const stoppedAt = records.find((r) => r.status === 'failed');
  const notes = [
    ...failures,
    ...(stoppedAt ? [m.import.stoppedAt(stoppedAt.acro)] : []),
    m.import.counts(counts),
    ...(dryRun ? [m.import.dryRun] : []),
    ...(records.some((r) => r.klantadmin) ? [c.dim(m.import.passwordsNotShown)] : []),
  ];
  return `${table}\n${notes.join('\n')}\n`;
}
