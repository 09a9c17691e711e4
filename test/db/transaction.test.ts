import { spawn } from 'node:child_process';
import { EcmError } from '../../src/errors.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/db/sqlite/open.js';
import { DIALECTS, newUser, provisionedEnvironment, supplierDatabase } from './helpers.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe.each(DIALECTS)('transaction on %s', (dialect) => {
  it('commits when the work resolves, and returns its result', async () => {
    const t = await supplierDatabase(dialect);
    const id = await provisionedEnvironment(t.db, 'NS');
    expect(await t.db.read.findEnvironment('NS')).toMatchObject({ id, acro: 'NS' });
    expect(t.inTransaction()).toBe(false);
  });

  it('leaves the database exactly as it was when the work throws midway', async () => {
    const t = await supplierDatabase(dialect);
    const { db } = t;
    await provisionedEnvironment(db, 'NS');
    const before = await t.dump();
    const countsBefore = await t.rowCounts();

    const failure = new Error('step 9 failed');
    const work = db.transaction(async (tx) => {
      const [standaard] = await tx.templates();
      const id = await tx.createEnvironment({
        acro: 'KPN',
        name: 'KPN',
        referenceCode: 'DEB-1',
        url: 'u',
        orderNumberPrefix: 'KPN',
        templateId: standaard!.id,
        createdAt: 'now',
        createdBy: 'jan',
      });
      await tx.createRootDepartment(id, {
        name: 'KPN',
        address: null,
        emailLogoFileId: null,
        sizeInstructionsFileId: null,
      });
      await tx.createStandardRoles(id);
      await tx.createCategoryDefaults(id, 'customerSettings');
      await tx.applyTemplate(id, standaard!.id);
      await tx.createUser(id, newUser('jan', { role: 'leverancieradmin' }));
      // The writes so far are visible inside the transaction.
      expect(await tx.findEnvironment('KPN')).not.toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 10));
      throw failure;
    });

    await expect(work).rejects.toBe(failure);
    expect(await t.rowCounts()).toEqual(countsBefore);
    expect(await t.dump()).toEqual(before);
    expect(await db.read.findEnvironment('KPN')).toBeNull();
    expect(t.inTransaction()).toBe(false);
  });

  it('rolls back when a unique index refuses a row, so the next transaction starts clean', async () => {
    const t = await supplierDatabase(dialect);
    const { db } = t;
    await provisionedEnvironment(db, 'NS');
    const before = await t.dump();
    await expect(provisionedEnvironment(db, 'ns')).rejects.toMatchObject({ constraint: 'acro' });
    expect(await t.dump()).toEqual(before);
    await provisionedEnvironment(db, 'KPN');
  });

  it('refuses to nest, without disturbing the outer transaction', async () => {
    const { db } = await supplierDatabase(dialect);
    const id = await db.transaction(async (tx) => {
      await expect(db.transaction(async () => undefined)).rejects.toThrow(/cannot be nested/);
      const [standaard] = await tx.templates();
      return tx.createEnvironment({
        acro: 'NS',
        name: 'NS',
        referenceCode: null,
        url: 'u',
        orderNumberPrefix: 'NS',
        templateId: standaard!.id,
        createdAt: 'now',
        createdBy: 'jan',
      });
    });
    expect((await db.read.environments()).map((e) => e.id)).toEqual([id]);
  });
});

describe('a database file opened by two connections', () => {
  it('makes a second BEGIN IMMEDIATE wait for the first writer instead of failing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecm-db-'));
    dirs.push(dir);
    const path = join(dir, 'ecm.sqlite');
    const db = await openSqlite(path);
    const second = await openSqlite(path);
    try {
      await db.transaction((tx) => tx.createSupplier({ name: 'acme', domain: 'ecmanage.nl' }));
      expect(await second.read.supplier()).toEqual({ name: 'acme', domain: 'ecmanage.nl' });

      // The other writer must be another process: better-sqlite3 waits synchronously, so a writer on this
      // thread could never commit while we wait for it.
      const driver = createRequire(import.meta.url).resolve('better-sqlite3');
      const holdMs = 1000;
      const writer = spawn(
        process.execPath,
        [
          '-e',
          `const db = new (require(${JSON.stringify(driver)}))(${JSON.stringify(path)});
           db.exec('BEGIN IMMEDIATE');
           db.prepare("insert into audit_log (action, actor, at, input) values ('other', 'piet', 'then', '{}')").run();
           console.log('locked');
           Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${holdMs});
           db.exec('COMMIT');`,
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      await once(writer.stdout, 'data');

      const started = Date.now();
      await second.transaction((tx) =>
        tx.recordAudit({ environmentId: null, action: 'mine', actor: 'jan', at: 'now', input: {} }),
      );
      const waited = Date.now() - started;
      const [code] = (await once(writer, 'exit')) as [number];

      expect(code).toBe(0);
      expect(waited).toBeGreaterThan(holdMs / 2);
      const actions = db.connection.prepare('select action from audit_log order by id').pluck().all();
      expect(actions).toEqual(['other', 'mine']);
    } finally {
      await second.close();
      await db.close();
    }
  });

  it('gives up after the busy timeout with a database error, not an internal one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecm-db-'));
    dirs.push(dir);
    const path = join(dir, 'ecm.sqlite');
    const db = await openSqlite(path);
    try {
      const driver = createRequire(import.meta.url).resolve('better-sqlite3');
      const writer = spawn(
        process.execPath,
        [
          '-e',
          `const db = new (require(${JSON.stringify(driver)}))(${JSON.stringify(path)});
           db.exec('BEGIN IMMEDIATE');
           console.log('locked');
           Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 8000);
           db.exec('ROLLBACK');`,
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      await once(writer.stdout, 'data');
      const error = await db.transaction(async () => undefined).catch((e: unknown) => e);
      writer.kill();
      expect(error).toBeInstanceOf(EcmError);
      expect((error as EcmError).kind).toBe('database');
      expect((error as EcmError).problems).toMatchObject([{ code: 'database_busy' }]);
    } finally {
      await db.close();
    }
  }, 20_000);
});
