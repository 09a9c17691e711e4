/**
 * `updateKlant` in-process, on both engines, where a failure while writing has to be made on purpose: any
 * failure rolls the whole change back and is exit 1 `update_failed` with the driver's own words; a reference
 * code taken while writing is the conflict `reference_code_taken`.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKlant } from '../../src/app/create-klant.js';
import { checkKlantUpdate } from '../../src/app/parse-klant-update.js';
import { updateKlant } from '../../src/app/update-klant.js';
import { UniqueViolation, type Database, type Repositories } from '../../src/db/ports.js';
import { EcmError } from '../../src/errors.js';
import { parseKlantForm } from '../../src/klant/schema.js';
import { DIALECTS, NOW, supplierDatabase } from '../support/database.js';
import { FILES } from '../support/paths.js';
import { recordingReporter } from '../support/reporter.js';

/** The database, with one repository method of its transactions failing as given. */
function failing(db: Database, method: keyof Repositories, error: () => Error): Database {
  return {
    dialect: db.dialect,
    read: db.read,
    close: () => db.close(),
    transaction: (work) => db.transaction((tx) => work({ ...tx, [method]: async () => Promise.reject(error()) })),
  };
}

async function failure(promise: Promise<unknown>): Promise<EcmError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EcmError);
  return error as EcmError;
}

describe.each(DIALECTS)('updateKlant on %s', (dialect) => {
  async function withKpn() {
    const t = await supplierDatabase(dialect);
    const form = parseKlantForm({
      company: { acro: 'KPN', name: 'KPN B.V.', referenceCode: 'DEB-1001' },
      portal: { logo: join(FILES, 'portal-logo.png') },
    });
    await createKlant(t.db, form, { as: 'jan', reporter: recordingReporter().reporter, now: NOW });
    const checked = await checkKlantUpdate(
      t.db.read,
      { document: { company: { name: 'KPN Zakelijk', referenceCode: 'DEB-2002' }, portal: { logo: 'logo.jpg' } } },
      FILES,
    );
    return { ...t, checked };
  }

  it('a failure while writing: nothing changed, exit 1 update_failed with the driver’s words only', async () => {
    const { db, snapshot, checked } = await withKpn();
    const before = await snapshot();
    const driver = new Error('disk I/O error');
    const wrapped = () => new Error('Failed query: insert into files … params: 137,80,78,71', { cause: driver });
    const error = await failure(updateKlant(failing(db, 'replaceFile', wrapped), 'KPN', checked, { operator: 'jan' }));
    expect(error.kind).toBe('provision');
    expect(error.problems).toEqual([
      { field: null, code: 'update_failed', message: expect.stringContaining('disk I/O error') },
    ]);
    expect(error.problems[0]!.message).not.toContain('params');
    expect(error.problems[0]!.message).toContain('nothing was changed');
    expect(await snapshot()).toBe(before);
  });

  it('a reference code taken while writing: the conflict reference_code_taken, nothing changed', async () => {
    const { db, snapshot, checked } = await withKpn();
    const before = await snapshot();
    const error = await failure(
      updateKlant(
        failing(db, 'setReferenceCode', () => new UniqueViolation('reference_code')),
        'KPN',
        checked,
        { operator: 'jan' },
      ),
    );
    expect([error.kind, error.problems.map((p) => [p.field, p.code])]).toEqual([
      'conflict',
      [['company.referenceCode', 'reference_code_taken']],
    ]);
    expect(await snapshot()).toBe(before);
  });

  it('records the operator and the time it is given', async () => {
    const { db, query, checked } = await withKpn();
    const result = await updateKlant(db, 'kpn', checked, { operator: 'jan', now: NOW });
    expect(result.changes.map((c) => c.path)).toEqual(['company.name', 'company.referenceCode', 'portal.logo']);
    const rows = await query<{ action: string; actor: string; at: string }>(
      "select action, actor, at from audit_log where action = 'klant.update'",
    );
    expect(rows).toEqual([{ action: 'klant.update', actor: 'jan', at: NOW.toISOString() }]);
  });
});
