/** Two commands on one PostgreSQL database at the same moment, each on its own connection as two processes are. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { UniqueViolation, type Database, type Repositories } from '../../../src/db/ports.js';
import { openPostgres, type PostgresDatabase } from '../../../src/db/postgres/open.js';
import { newEnvironment, newUser, provisionedEnvironment, supplierDatabase } from '../helpers.js';
import { postgresServer } from './harness.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const others: Database[] = [];
afterEach(async () => {
  for (const db of others.splice(0)) await db.close();
});

/** A supplier database (with admin jan), its URL, and a second connection to it. */
async function twoConnections(isolation = 'read committed'): Promise<{ db: Database; other: Database; url: string }> {
  const { db } = await supplierDatabase('postgres');
  const { client } = db as PostgresDatabase;
  // What a DBA may have set as the default; new connections, such as the other one, take it.
  await client.query(`alter database "${client.database}" set default_transaction_isolation = '${isolation}'`);
  const url = (await postgresServer()).url(client.database!);
  const other = await openPostgres(url);
  others.push(other);
  return { db, other, url };
}

const piet = { username: 'piet', email: 'piet@acme.example', createdAt: '2026-11-27T10:00:00.000Z' };

describe('on PostgreSQL, two connections', () => {
  it.each(['read committed', 'repeatable read', 'serializable'])(
    'take the supplier lock one after the other; the second sees what the first wrote (server default %s)',
    async (isolation) => {
      const { db, other } = await twoConnections(isolation);
      let locked!: () => void;
      const firstHasLock = new Promise<void>((resolve) => (locked = resolve));
      const holdMs = 800;
      const first = db.transaction(async (tx) => {
        await tx.lockSupplierAdmins();
        locked();
        await sleep(holdMs);
        await tx.createSupplierAdmin(piet);
      });
      await firstHasLock;

      const started = Date.now();
      const seen = await other.transaction(async (tx) => {
        await tx.lockSupplierAdmins();
        return (await tx.supplierAdmins()).map((a) => a.username);
      });
      await first;
      expect(Date.now() - started).toBeGreaterThan(holdMs / 2);
      expect(seen).toEqual(['jan', 'piet']);
    },
  );

  it('creating one acro at once: the second waits for the first, then gets a conflict', async () => {
    const { db, other } = await twoConnections();
    const [standaard] = await db.read.templates();
    let inserted!: () => void;
    const firstInserted = new Promise<void>((resolve) => (inserted = resolve));
    const first = db.transaction(async (tx) => {
      await tx.createEnvironment(newEnvironment('KPN', standaard!.id));
      inserted();
      await sleep(500);
    });
    await firstInserted;
    const second = other.transaction((tx) => tx.createEnvironment(newEnvironment('kpn', standaard!.id)));

    await first;
    const error: unknown = await second.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UniqueViolation);
    expect((error as UniqueViolation).constraint).toBe('acro');
    expect((await other.read.environments()).map((e) => e.acro)).toEqual(['KPN']);
  });

  it('a supplier admin added while an environment is created ends up in it, either way round', async () => {
    const { db, other } = await twoConnections();
    // What the leverancieradmins step of a create does.
    const addSupplierAdmins = async (tx: Repositories, environmentId: number) => {
      await tx.lockSupplierAdmins();
      for (const admin of await tx.supplierAdmins()) {
        await tx.createUser(
          environmentId,
          newUser(admin.username, { role: 'leverancieradmin', supplierAdminId: admin.id }),
        );
      }
    };
    const addAdmin = (username: string) =>
      other.transaction(async (tx) => {
        await tx.lockSupplierAdmins();
        const admin = await tx.createSupplierAdmin({ ...piet, username });
        await tx.addUserToEveryEnvironment(newUser(username, { role: 'leverancieradmin', supplierAdminId: admin.id }));
      });

    const ns = await provisionedEnvironment(db, 'NS');
    // The admin is added before the create reaches its leverancieradmins step.
    const created = db.transaction(async (tx) => {
      const [standaard] = await tx.templates();
      const id = await tx.createEnvironment(newEnvironment('KPN', standaard!.id));
      await tx.createRootDepartment(id, {
        name: 'KPN',
        address: null,
        emailLogoFileId: null,
        sizeInstructionsFileId: null,
      });
      await tx.createStandardRoles(id);
      await addAdmin('piet');
      await addSupplierAdmins(tx, id);
      return id;
    });
    const kpn = await created;
    expect((await db.read.environmentUsers(kpn)).map((u) => u.username)).toEqual(['jan', 'piet']);
    expect((await db.read.environmentUsers(ns)).map((u) => u.username)).toEqual(['piet']);

    // The admin is added while the create holds the lock: it waits, then finds the new environment.
    let holding!: () => void;
    const createHoldsLock = new Promise<void>((resolve) => (holding = resolve));
    const later = db.transaction(async (tx) => {
      const [standaard] = await tx.templates();
      const id = await tx.createEnvironment(newEnvironment('ABN', standaard!.id));
      await tx.createRootDepartment(id, {
        name: 'ABN',
        address: null,
        emailLogoFileId: null,
        sizeInstructionsFileId: null,
      });
      await tx.createStandardRoles(id);
      await addSupplierAdmins(tx, id);
      holding();
      await sleep(300);
      return id;
    });
    await createHoldsLock;
    await addAdmin('kees');
    const abn = await later;
    expect((await db.read.environmentUsers(abn)).map((u) => u.username)).toEqual(['jan', 'kees', 'piet']);
  });

  it('a process killed halfway leaves nothing: the server rolls its transaction back', async () => {
    const { db, url } = await twoConnections();
    const [standaard] = await db.read.templates();
    const driver = createRequire(import.meta.url).resolve('pg');
    const writer = spawn(
      process.execPath,
      [
        '-e',
        `const client = new (require(${JSON.stringify(driver)}).Client)(${JSON.stringify(url)});
         (async () => {
           await client.connect();
           await client.query('BEGIN');
           await client.query(
             "insert into environments (acro, acro_key, name, url, order_number_prefix, template_id, status, created_at, created_by)" +
             " values ('KPN', 'kpn', 'KPN', 'u', 'KPN', ${standaard!.id}, 'provisioning', 'now', 'jan')");
           console.log('inserted');
           setInterval(() => {}, 1000);
         })();`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await once(writer.stdout, 'data');
    writer.kill('SIGKILL');
    await once(writer, 'exit');

    // Had the insert survived, this would wait for it and then fail on the acro.
    await db.transaction((tx) => tx.createEnvironment(newEnvironment('KPN', standaard!.id)));
    expect((await db.read.environments()).map((e) => e.createdAt)).toEqual(['2026-11-27T10:00:00.000Z']);
  });
});
