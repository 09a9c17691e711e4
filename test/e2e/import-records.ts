/** The records the `klant import` tests feed ecm, and how they read back what it made of them. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { query } from '../support/database.js';
import { tempDir } from './run-ecm.js';

export const form = (acro: string, extra: Record<string, unknown> = {}) => ({
  company: { acro, name: `${acro} B.V.` },
  ...extra,
});

export const ndjson = (forms: unknown[]) => forms.map((f) => JSON.stringify(f)).join('\n') + '\n';

export function fileWith(name: string, content: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

/** Each environment with its status, its number of roles and its klant.create audit records. */
export const environments = (db: string) =>
  query<{ acro: string; status: string; roles: number; audits: number }>(
    db,
    `select e.acro, e.status,
       (select count(*) from roles r where r.environment_id = e.id) as roles,
       (select count(*) from audit_log a where a.environment_id = e.id and a.action = 'klant.create') as audits
     from environments e order by e.id`,
  ).then((rows) => rows.map((r) => ({ ...r, roles: Number(r.roles), audits: Number(r.audits) })));
