import { describe, expect, it } from 'vitest';
import { checkImport } from '../../src/app/check-import.js';
import { createKlant } from '../../src/app/create-klant.js';
import { importKlanten } from '../../src/app/import-klanten.js';
import { retireKlant } from '../../src/app/retirement.js';
import { EcmError } from '../../src/errors.js';
import { verifyPassword } from '../../src/klant/password.js';
import { parseKlantForm } from '../../src/klant/schema.js';
import { DIALECTS, NOW, supplierDatabase } from '../support/database.js';
import { recordingReporter } from '../support/reporter.js';

const form = (acro: string, extra: Record<string, unknown> = {}) => ({ company: { acro, name: acro }, ...extra });

async function failure(promise: Promise<unknown>): Promise<EcmError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EcmError);
  return error as EcmError;
}

const fieldsAndCodes = (error: EcmError) => [error.kind, error.problems.map((p) => [p.field, p.code])];

describe.each(DIALECTS)('klant import on %s', (dialect) => {
  async function withNs() {
    const database = await supplierDatabase(dialect);
    const ns = parseKlantForm({ company: { acro: 'NS', name: 'NS', referenceCode: 'REF-NS' } });
    await createKlant(database.db, ns, { as: 'jan', reporter: recordingReporter().reporter, now: NOW });
    return database;
  }

  it('lets a record copy from an environment an earlier record creates, not a later one', async () => {
    const { db } = await supplierDatabase(dialect);
    const copying = form('B', { portal: { copyFrom: 'a', copy: ['functions'] } });
    const records = await checkImport(db.read, [form('A'), copying], process.cwd(), { skipExisting: false });
    expect(records.map((r) => [r.index, r.form.company.acro, r.skip])).toEqual([
      [0, 'A', false],
      [1, 'B', false],
    ]);
    const late = await failure(checkImport(db.read, [copying, form('A')], process.cwd(), { skipExisting: false }));
    expect(fieldsAndCodes(late)).toEqual(['notFound', [['records[0].portal.copyFrom', 'environment_not_found']]]);
  });

  it('--skip-existing marks existing acros (in any case) and does not count them as taken', async () => {
    const { db } = await withNs();
    const taken = await failure(checkImport(db.read, [form('ns')], process.cwd(), { skipExisting: false }));
    expect(fieldsAndCodes(taken)).toEqual(['conflict', [['records[0].company.acro', 'acro_taken']]]);
    const records = await checkImport(db.read, [form('ns'), form('KPN')], process.cwd(), { skipExisting: true });
    expect(records.map((r) => r.skip)).toEqual([true, false]);
  });

  it('refuses a retired environment as the source, and a supplier admin as klantadmin', async () => {
    const { db } = await withNs();
    await retireKlant(db, 'NS', { as: 'jan', now: NOW, dryRun: false, confirmation: 'given' });
    const raws = [
      form('A', { portal: { copyFrom: 'ns', copy: 'all' }, admin: { username: 'jan', email: 'j@x.example' } }),
    ];
    const error = await failure(checkImport(db.read, raws, process.cwd(), { skipExisting: false }));
    expect(fieldsAndCodes(error)).toEqual([
      'conflict',
      [
        ['records[0].portal.copyFrom', 'environment_retired'],
        ['records[0].admin.username', 'username_taken'],
      ],
    ]);
  });

  it('gives each klantadmin its own password, hashed ahead while earlier records are written', async () => {
    const { db, query } = await supplierDatabase(dialect);
    const admin = (username: string) => ({ admin: { username, email: `${username}@x.example` } });
    const raws = [form('A', admin('a.admin')), form('B'), form('C', admin('c.admin')), form('D', admin('d.admin'))];
    const records = await checkImport(db.read, raws, process.cwd(), { skipExisting: false });
    const result = await importKlanten(db, records, { as: 'jan', signal: new AbortController().signal, onRecord() {} });
    expect(result.records.map((r) => [r.acro, r.status, r.klantadmin?.username ?? null])).toEqual([
      ['A', 'created', 'a.admin'],
      ['B', 'created', null],
      ['C', 'created', 'c.admin'],
      ['D', 'created', 'd.admin'],
    ]);
    const passwords = result.records.flatMap((r) => (r.klantadmin ? [r.klantadmin.temporaryPassword!] : []));
    expect(new Set(passwords).size).toBe(3);
    const users = await query<{ username: string; password_hash: string }>(
      "select username, password_hash from users where username like '%.admin' order by username",
    );
    expect(users.map((u) => u.username)).toEqual(['a.admin', 'c.admin', 'd.admin']);
    for (const [i, user] of users.entries()) expect(await verifyPassword(passwords[i]!, user.password_hash)).toBe(true);
  });

  it('stops at the first failure: what was created stays, the rest is not attempted', async () => {
    const { db } = await supplierDatabase(dialect);
    const records = await checkImport(db.read, [form('A'), form('B'), form('C')], process.cwd(), {
      skipExisting: false,
    });
    // Another create takes B's acro between the check and the write.
    const rival = parseKlantForm(form('B'));
    await createKlant(db, rival, { as: 'jan', reporter: recordingReporter().reporter, now: NOW });
    const seen: string[] = [];
    const result = await importKlanten(db, records, {
      as: 'jan',
      signal: new AbortController().signal,
      onRecord: (o, done) => void seen.push(`${o.status} ${o.acro} ${done}`),
    });
    expect(result.records.map((r) => [r.acro, r.status])).toEqual([
      ['A', 'created'],
      ['B', 'failed'],
      ['C', 'not_attempted'],
    ]);
    expect(result.stoppedBy?.kind).toBe('conflict');
    expect(result.records[1]!.errors.map((p) => p.code)).toEqual(['acro_taken']);
    expect(seen).toEqual(['created A 1', 'failed B 2']);
    expect(await db.read.findEnvironment('C')).toBeNull();
  });
});
