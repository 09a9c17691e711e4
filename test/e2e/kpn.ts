/**
 * What the tests of `klant update` share: a database with NS and a KPN made from fixtures/kpn.json (every
 * field, files and address included), and reading the result back.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { query } from '../support/database.js';
import { FIXTURES } from '../support/paths.js';
import { ecm, jsonOf, preparedDatabase, type Dialect, type EcmResult } from './run-ecm.js';

export const json = ['--output', 'json'];

/** KPN as fixtures/kpn.json makes it: every field, files and address included; NS beside it without them. */
export const KPN_AS_CREATED = {
  name: 'KPN B.V.',
  referenceCode: 'DEB-1001',
  template: 'standaard',
  address: {
    street: 'Wilhelminakade',
    houseNumber: '91',
    houseNumberAddition: 'A',
    postalCode: '3072 AP',
    city: 'Rotterdam',
    country: 'NL',
    attention: 'Facilitair bedrijf',
    phone: '+31 10 123 4567',
  },
};

export function withKpn(dialect: Dialect): Promise<string> {
  return preparedDatabase(
    dialect,
    'kpn',
    async (db) => {
      const created = await ecm(['klant', 'create', '--json', join(FIXTURES, 'kpn.json'), '--as', 'jan'], { db });
      if (created.code !== 0) throw new Error(`creating KPN failed: ${created.stderr}${created.stdout}`);
    },
    { admins: ['piet'], klanten: ['NS'] },
  );
}

export const update = (db: string, args: string[], options: { stdin?: string; env?: Record<string, string> } = {}) =>
  ecm(['klant', 'update', ...args], { db, env: { ECM_USER: 'jan', ...options.env }, stdin: options.stdin });

export async function show(db: string, acro: string) {
  const shown = await ecm(['klant', 'show', acro, ...json], { db });
  expect(shown.code, shown.stderr).toBe(0);
  return jsonOf(shown);
}

/** `klant show` without users and settings: what the result's klant must be. */
export async function klantOf(db: string, acro: string) {
  const klant = await show(db, acro);
  delete klant.users;
  delete klant.settings;
  return klant;
}

export interface AuditRow {
  environment_id: number | null;
  action: string;
  actor: string;
  at: string;
  input: unknown;
}

export async function auditRows(db: string): Promise<AuditRow[]> {
  const rows = await query<AuditRow>(db, 'select environment_id, action, actor, at, input from audit_log order by id');
  // SQLite keeps JSON as text, PostgreSQL hands it back parsed.
  return rows.map((row) => ({ ...row, input: typeof row.input === 'string' ? JSON.parse(row.input) : row.input }));
}

export const ok = (result: EcmResult) => {
  expect([result.code, result.stderr], result.stdout).toEqual([0, '']);
  return jsonOf(result);
};
