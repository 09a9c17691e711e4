import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { UniqueViolation } from '../../src/db/ports.js';
import { STANDARD_TEMPLATES } from '../../src/klant/templates.js';
import { DIALECTS, newEnvironment, newUser, provisionedEnvironment, supplierDatabase } from './helpers.js';

async function violation(promise: Promise<unknown>): Promise<UniqueViolation> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UniqueViolation);
  return error as UniqueViolation;
}

const DRIVER = {
  sqlite: { error: BetterSqlite3.SqliteError, foreignKey: /FOREIGN KEY constraint failed/ },
  postgres: {
    error: pg.DatabaseError,
    foreignKey: /violates foreign key constraint "environments_logo_file_id_files_id_fk"/,
  },
};

describe.each(DIALECTS)('unique violations on %s', (dialect) => {
  it('name the acro when it differs only in case', async () => {
    const { db } = await supplierDatabase(dialect);
    const [standaard] = await db.read.templates();
    await db.transaction((tx) => tx.createEnvironment(newEnvironment('KPN', standaard!.id)));
    const error = await violation(db.transaction((tx) => tx.createEnvironment(newEnvironment('kPn', standaard!.id))));
    expect(error.constraint).toBe('acro');
  });

  it('name the reference code when it differs in case and surrounding spaces', async () => {
    const { db } = await supplierDatabase(dialect);
    const [standaard] = await db.read.templates();
    await db.transaction((tx) =>
      tx.createEnvironment(newEnvironment('KPN', standaard!.id, { referenceCode: 'DEB-1001' })),
    );
    const error = await violation(
      db.transaction((tx) =>
        tx.createEnvironment(newEnvironment('NS', standaard!.id, { referenceCode: ' deb-1001  ' })),
      ),
    );
    expect(error.constraint).toBe('reference_code');
  });

  it('allow any number of environments without a reference code', async () => {
    const { db } = await supplierDatabase(dialect);
    const [standaard] = await db.read.templates();
    await db.transaction(async (tx) => {
      await tx.createEnvironment(newEnvironment('KPN', standaard!.id));
      await tx.createEnvironment(newEnvironment('NS', standaard!.id));
    });
    expect(await db.read.environments()).toHaveLength(2);
  });

  it('name the username when it is taken in the environment, but not in another one', async () => {
    const { db } = await supplierDatabase(dialect);
    const ns = await provisionedEnvironment(db, 'NS');
    const kpn = await provisionedEnvironment(db, 'KPN');
    await db.transaction((tx) => tx.createUser(ns, newUser('piet')));
    await db.transaction((tx) => tx.createUser(kpn, newUser('piet')));
    const error = await violation(db.transaction((tx) => tx.createUser(ns, newUser('piet', { role: 'drager' }))));
    expect(error.constraint).toBe('username');
  });

  it('name the username when a new supplier admin is taken in one environment, and add it to none', async () => {
    const { db } = await supplierDatabase(dialect);
    const ns = await provisionedEnvironment(db, 'NS');
    const kpn = await provisionedEnvironment(db, 'KPN');
    await db.transaction((tx) => tx.createUser(kpn, newUser('piet')));
    const error = await violation(
      db.transaction((tx) => tx.addUserToEveryEnvironment(newUser('piet', { role: 'leverancieradmin' }))),
    );
    expect(error.constraint).toBe('username');
    expect(await db.read.environmentUsers(ns)).toEqual([]);
  });

  it('name the supplier admin', async () => {
    const { db } = await supplierDatabase(dialect);
    const error = await violation(
      db.transaction((tx) =>
        tx.createSupplierAdmin({ username: 'jan', email: 'other@acme.example', createdAt: 'now' }),
      ),
    );
    expect(error.constraint).toBe('supplier_admin');
  });

  it('call any other unique index "other", a second supplier too', async () => {
    const { db } = await supplierDatabase(dialect);
    expect((await violation(db.transaction((tx) => tx.createTemplates(STANDARD_TEMPLATES)))).constraint).toBe('other');
    const secondSupplier = db.transaction((tx) => tx.createSupplier({ name: 'other', domain: 'example.com' }));
    expect((await violation(secondSupplier)).constraint).toBe('other');
  });

  it("keep the driver's error as the cause, not drizzle's, which lists the query parameters", async () => {
    const { db } = await supplierDatabase(dialect);
    const ns = await provisionedEnvironment(db, 'NS');
    await db.transaction((tx) => tx.createUser(ns, newUser('piet', { passwordHash: 'scrypt$secret' })));
    const error = await violation(
      db.transaction((tx) => tx.createUser(ns, newUser('piet', { passwordHash: 'scrypt$secret' }))),
    );
    expect(error.cause).toBeInstanceOf(DRIVER[dialect].error);
    expect(String((error.cause as Error).message)).not.toContain('secret');
  });

  it('leave other errors as they are, without the query parameters', async () => {
    const { db } = await supplierDatabase(dialect);
    const [standaard] = await db.read.templates();
    const id = await db.transaction((tx) => tx.createEnvironment(newEnvironment('NS', standaard!.id)));
    const error: unknown = await db.transaction((tx) => tx.setEnvironmentLogo(id, 999)).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(UniqueViolation);
    expect(error).toBeInstanceOf(DRIVER[dialect].error);
    expect(String(error)).toMatch(DRIVER[dialect].foreignKey);
    expect(String(error)).not.toMatch(/params/);
  });
});
