import { describe, expect, it } from 'vitest';
import { initSupplier } from '../../src/app/init-supplier.js';
import { openDatabase } from '../../src/db/open.js';
import { EcmError } from '../../src/errors.js';
import { DIALECTS, emptyDatabaseUrl, NOW } from '../support/database.js';

const input = { supplier: 'acme', admin: 'Jan', adminEmail: 'jan@acme.example' };

describe.each(DIALECTS)('initSupplier on %s', (dialect) => {
  it('sets up an empty database once; a second init is a conflict that changes nothing', async () => {
    const db = await openDatabase(await emptyDatabaseUrl(dialect));
    try {
      expect(await initSupplier(db, input, NOW)).toEqual({
        supplier: { name: 'acme', domain: 'ecmanage.nl', url: 'https://acme.ecmanage.nl' },
        leverancieradmin: { username: 'jan', email: 'jan@acme.example' },
      });
      const again = await initSupplier(db, { ...input, supplier: 'other' }, NOW).catch((e: unknown) => e);
      expect(again).toBeInstanceOf(EcmError);
      expect((again as EcmError).problems).toMatchObject([{ code: 'already_initialised' }]);
      expect(await db.read.supplier()).toEqual({ name: 'acme', domain: 'ecmanage.nl' });
    } finally {
      await db.close();
    }
  });

  it('refuses a supplier name that cannot be a host name, naming every field', async () => {
    const db = await openDatabase(await emptyDatabaseUrl(dialect));
    try {
      const input = { supplier: 'Acme B.V.', domain: 'nope', admin: '!!', adminEmail: 'x' };
      const error = (await initSupplier(db, input, NOW).catch((e: unknown) => e)) as EcmError;
      expect(error.problems.map((p) => [p.field, p.code])).toEqual([
        ['supplier', 'invalid_value'],
        ['domain', 'invalid_value'],
        ['admin', 'username_empty'],
        ['adminEmail', 'invalid_email'],
      ]);
    } finally {
      await db.close();
    }
  });
});

describe('initSupplier at the same moment on postgres', () => {
  // Two servers' worth of staff: both transactions find no supplier; the one-row key decides.
  it('gives one set-up and one conflict', async () => {
    const url = await emptyDatabaseUrl('postgres');
    const [a, b] = [await openDatabase(url), await openDatabase(url)];
    try {
      const results = await Promise.allSettled([initSupplier(a, input, NOW), initSupplier(b, input, NOW)]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect((rejected.reason as EcmError).problems).toMatchObject([{ code: 'already_initialised' }]);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
