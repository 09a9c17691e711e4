import { describe, expect, it } from 'vitest';
import { listAudit } from '../../src/app/audit.js';
import { createKlant } from '../../src/app/create-klant.js';
import { reactivateKlant, retireKlant } from '../../src/app/retirement.js';
import { EcmError } from '../../src/errors.js';
import { parseKlantForm } from '../../src/klant/schema.js';
import type { Database } from '../../src/db/ports.js';
import { DIALECTS, NOW, supplierDatabase } from '../support/database.js';
import { recordingReporter } from '../support/reporter.js';

const LATER = new Date('2026-11-28T09:00:00.000Z');

async function withKlant(dialect: (typeof DIALECTS)[number]) {
  const database = await supplierDatabase(dialect, { admins: ['piet'] });
  const form = parseKlantForm({ company: { acro: 'KPN', name: 'KPN B.V.', referenceCode: 'DEB-1' } });
  await createKlant(database.db, form, { as: 'jan', reporter: recordingReporter().reporter, now: NOW });
  return database;
}

async function failure(promise: Promise<unknown>): Promise<EcmError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EcmError);
  return error as EcmError;
}

const retire = (db: Database, acro: string, extra: Partial<Parameters<typeof retireKlant>[2]> = {}) =>
  retireKlant(db, acro, { as: 'piet', now: LATER, dryRun: false, confirmation: 'given', ...extra });

describe.each(DIALECTS)('retiring on %s', (dialect) => {
  it('retires once, records it in the same change, and reports an unchanged second retire', async () => {
    const { db } = await withKlant(dialect);
    const retired = { acro: 'KPN', status: 'retired', retiredAt: LATER.toISOString(), retiredBy: 'piet' };
    expect(await retire(db, 'kpn')).toEqual({ klant: retired, changed: true });
    expect(await retire(db, 'KPN', { now: new Date('2026-12-01T00:00:00Z') })).toEqual({
      klant: retired,
      changed: false,
    });
    const trail = await listAudit(db, { action: 'klant.retire' });
    expect(trail).toEqual([
      { at: LATER.toISOString(), operator: 'piet', action: 'klant.retire', acro: 'KPN', details: {} },
    ]);
  });

  it('reactivates, keeping which retirement it ended in the audit; a second reactivate changes nothing', async () => {
    const { db } = await withKlant(dialect);
    await retire(db, 'KPN');
    const options = { as: 'jan', now: new Date('2026-11-29T00:00:00Z'), dryRun: false };
    const active = { acro: 'KPN', status: 'active', retiredAt: null, retiredBy: null };
    expect(await reactivateKlant(db, 'KPN', options)).toEqual({ klant: active, changed: true });
    expect(await reactivateKlant(db, 'KPN', options)).toEqual({ klant: active, changed: false });
    expect((await listAudit(db, { klant: 'KPN' })).map((e) => [e.action, e.operator, e.details])).toEqual([
      ['klant.reactivate', 'jan', { retiredAt: LATER.toISOString(), retiredBy: 'piet' }],
      ['klant.retire', 'piet', {}],
      ['klant.create', 'jan', expect.any(Object)],
    ]);
  });

  it('writes nothing in a dry run, and needs no confirmation for it', async () => {
    const { db, snapshot } = await withKlant(dialect);
    const before = await snapshot();
    expect(await retire(db, 'KPN', { dryRun: true, confirmation: 'missing' })).toEqual({
      klant: { acro: 'KPN', status: 'retired', retiredAt: LATER.toISOString(), retiredBy: 'piet' },
      changed: true,
    });
    expect(await snapshot()).toBe(before);
  });

  it('asks only when something would change, and a refusal changes nothing', async () => {
    const { db, snapshot } = await withKlant(dialect);
    const asked: string[] = [];
    const refuse = async (acro: string) => {
      asked.push(acro);
      throw EcmError.one('cancelled', 'cancelled', 'no');
    };
    const before = await snapshot();
    expect((await failure(retire(db, 'kpn', { confirmation: refuse }))).kind).toBe('cancelled');
    expect(await snapshot()).toBe(before);
    await retire(db, 'KPN');
    expect(await retire(db, 'KPN', { confirmation: refuse })).toMatchObject({ changed: false });
    expect(asked).toEqual(['KPN']);
  });

  it('checks the input before what must exist: confirmation and operator, then the acro', async () => {
    const { db } = await withKlant(dialect);
    const input = await failure(retire(db, 'NOPE', { as: 'nobody', confirmation: 'missing' }));
    expect([input.kind, input.problems.map((p) => p.code)]).toEqual([
      'input',
      ['unknown_operator', 'confirmation_required'],
    ]);
    const missing = await failure(retire(db, 'NOPE'));
    expect([missing.kind, missing.problems.map((p) => [p.field, p.code])]).toEqual([
      'notFound',
      [['acro', 'environment_not_found']],
    ]);
  });
});

describe.each(DIALECTS)('the audit trail on %s', (dialect) => {
  it('lists newest first with the id breaking ties, filtered by environment and action, limited', async () => {
    const { db } = await withKlant(dialect);
    // Three records at one instant: only the order they were written in tells them apart.
    await retire(db, 'KPN', { now: LATER });
    await reactivateKlant(db, 'KPN', { as: 'piet', now: LATER, dryRun: false });
    await retire(db, 'KPN', { now: LATER });
    const all = await listAudit(db, {});
    expect(all.map((e) => [e.action, e.acro])).toEqual([
      ['klant.retire', 'KPN'],
      ['klant.reactivate', 'KPN'],
      ['klant.retire', 'KPN'],
      ['klant.create', 'KPN'],
      ['leverancieradmin.add', null],
      ['supplier.init', null],
    ]);
    expect(all.at(-1)).toMatchObject({ operator: 'jan', details: { admin: 'jan' } });
    expect((await listAudit(db, { limit: '2' })).map((e) => e.action)).toEqual(['klant.retire', 'klant.reactivate']);
    expect((await listAudit(db, { action: 'leverancieradmin.add' })).map((e) => e.details)).toEqual([
      { username: 'piet', email: 'piet@acme.example' },
    ]);
    expect(await listAudit(db, { action: 'klant.update' })).toEqual([]);
  });

  it('refuses an unknown action and a limit that is no positive whole number, then an unknown environment', async () => {
    const { db } = await withKlant(dialect);
    for (const limit of ['0', '-1', '1.5', 'ten', '', '1e3']) {
      const error = await failure(listAudit(db, { limit }));
      expect(error.problems.map((p) => [p.field, p.code])).toEqual([['limit', 'invalid_value']]);
    }
    const both = await failure(listAudit(db, { klant: 'NOPE', action: 'klant.delete', limit: '0' }));
    expect(both.problems.map((p) => [p.field, p.code])).toEqual([
      ['action', 'invalid_value'],
      ['limit', 'invalid_value'],
    ]);
    const missing = await failure(listAudit(db, { klant: 'NOPE' }));
    expect([missing.kind, missing.problems.map((p) => [p.field, p.code])]).toEqual([
      'notFound',
      [['klant', 'environment_not_found']],
    ]);
  });
});
