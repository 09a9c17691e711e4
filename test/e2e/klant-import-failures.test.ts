/**
 * Contract, `ecm klant import`: "A failure while creating stops the import: what was created stays, the rest
 * is not attempted, exit 1 (3 for a conflict found while writing)". The conflict is a real one: another `ecm`
 * takes the acro between the import's checks and its write (test/e2e/hooks/rival-before-begin.js). The failures
 * are the database's own: a trigger refuses the last row the second environment writes, and on PostgreSQL the
 * connection is lost just before it (test/e2e/hooks/drop-connection-before-begin.js).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { query, snapshot } from '../support/database.js';
import { ROOT } from '../support/paths.js';
import { environments, fileWith, form, ndjson } from './import-records.js';
import { DIALECTS, ecm, initialisedDatabase, jsonOf, type Dialect, type EcmResult } from './run-ecm.js';

const hook = (name: string) => `--import=${pathToFileURL(join(ROOT, 'test', 'e2e', 'hooks', name)).href}`;
const json = ['--output', 'json'];
const env = { ECM_USER: 'jan' };
const ACROS = ['A', 'B', 'C', 'D'];
const file = () => fileWith('klanten.ndjson', ndjson(ACROS.map((a) => form(a))));

/** Just before the import begins B's transaction, another ecm creates an environment called b. */
const rivalForB = {
  ...env,
  NODE_OPTIONS: hook('rival-before-begin.js'),
  ECM_TEST_RIVAL_AT: '2',
  ECM_TEST_RIVAL: JSON.stringify(['klant', 'create', '--acro', 'b', '--name', 'Rival', '--no-input']),
};

const REFUSED = 'refused by the test';

/** A trigger that refuses B's klant.create audit record: the last write of its transaction. */
async function refuseB(dialect: Dialect, db: string): Promise<void> {
  const isB = "(select acro from environments where id = new.environment_id) = 'B'";
  if (dialect === 'sqlite') {
    await query(
      db,
      `create trigger refuse_b before insert on audit_log when ${isB} begin select raise(abort, '${REFUSED}'); end`,
    );
  } else {
    await query(
      db,
      `create function refuse_b() returns trigger language plpgsql as $$
         begin if ${isB} then raise exception '${REFUSED}'; end if; return new; end $$;
       create trigger refuse_b before insert on audit_log for each row execute function refuse_b();`,
    );
  }
}

/** How many rows each table holds: what a failed create may not change, whatever its sequences did. */
const rowCounts = async (db: string) =>
  (JSON.parse(await snapshot(db)) as [string, unknown[]][]).map(([table, rows]) => [table, rows.length]);

/** The same database with only A imported: what the stopped import must have left, apart from a rival. */
async function onlyA(dialect: Dialect, rival: boolean): Promise<(string | number)[][]> {
  const db = await initialisedDatabase(dialect);
  await ecm(['klant', 'import', '-', ...json], { db, env, stdin: ndjson([form('A')]) });
  if (rival) await ecm(['klant', 'create', '--acro', 'b', '--name', 'Rival', '--no-input'], { db, env });
  return rowCounts(db);
}

/**
 * The JSON result of an import stopped at B, checked for what every such import reports — A created, B failed
 * with one error, C and D not attempted, nothing on stderr — and the exit code; returns B's errors.
 */
function stoppedAtB(result: EcmResult, exitCode: number): unknown[] {
  expect(result.code, result.stderr).toBe(exitCode);
  expect(result.stderr).toBe('');
  const doc = jsonOf(result);
  expect(doc).toMatchObject({ ok: false, created: 1, skipped: 0 });
  expect(
    doc.records.map((r: { acro: string; status: string; errors: unknown[] }) => [r.acro, r.status, r.errors.length]),
  ).toEqual([
    ['A', 'created', 0],
    ['B', 'failed', 1],
    ['C', 'not_attempted', 0],
    ['D', 'not_attempted', 0],
  ]);
  expect(doc.records[0].url).toBe('https://acme.ecmanage.nl/a');
  return doc.records[1].errors;
}

describe.each(DIALECTS)('on %s', (dialect) => {
  describe.concurrent('ecm klant import stopped by a failure while writing', () => {
    it('a conflict found while writing: exit 3, A stays whole, B is the rival only, C and D not attempted', async () => {
      const db = await initialisedDatabase(dialect);
      const result = await ecm(['klant', 'import', file(), ...json], { db, env: rivalForB });
      expect(stoppedAtB(result, 3)).toEqual([
        { field: 'company.acro', code: 'acro_taken', message: expect.stringMatching(/while step "environment"/) },
      ]);

      const made = await environments(db);
      expect(made).toEqual([
        { acro: 'A', status: 'active', roles: expect.any(Number), audits: 1 },
        { acro: 'b', status: 'active', roles: made[0]!.roles, audits: 1 },
      ]);
      expect(made[0]!.roles).toBeGreaterThan(0);
      expect(await query(db, "select name from environments where acro = 'b'")).toEqual([{ name: 'Rival' }]);
      expect(await rowCounts(db)).toEqual(await onlyA(dialect, true));
    });

    it("a database failure: exit 1, A stays whole, nothing of B is left, the server's reason is given", async () => {
      const db = await initialisedDatabase(dialect);
      await refuseB(dialect, db);
      const result = await ecm(['klant', 'import', file(), ...json], { db, env });
      expect(stoppedAtB(result, 1)).toEqual([
        { field: null, code: 'provision_failed', message: expect.stringContaining(REFUSED) },
      ]);

      const made = await environments(db);
      expect(made).toEqual([{ acro: 'A', status: 'active', roles: expect.any(Number), audits: 1 }]);
      expect(made[0]!.roles).toBeGreaterThan(0);
      expect(await rowCounts(db)).toEqual(await onlyA(dialect, false));
    });

    it('says in text what happened: the progress lines, the failed record and why, and where it stopped', async () => {
      const db = await initialisedDatabase(dialect);
      await refuseB(dialect, db);
      const result = await ecm(['klant', 'import', file()], { db, env });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('created A (1/4)\nfailed B (2/4)\n');
      expect(result.stdout).toMatch(/^A\s+created\s+https:\/\/acme\.ecmanage\.nl\/a$/m);
      expect(result.stdout).toMatch(/^B\s+failed\s+—$/m);
      expect(result.stdout).toMatch(/^C\s+not_attempted\s+—$/m);
      expect(result.stdout).toContain(`✖ B: step "activate" failed: ${REFUSED}; nothing was created`);
      expect(result.stdout).toContain(
        'The import stopped at B: the environments created before it stay, the rest was not attempted',
      );
      expect(result.stdout).toContain('1 created, 1 failed, 2 not_attempted');
    });
  });
});

describe('ecm klant import losing its PostgreSQL connection between two environments', () => {
  it('exit 1 with the result document: A stays whole, B failed with the reason, the rest not attempted', async () => {
    const db = await initialisedDatabase('postgres');
    const dropAtB = { ...env, NODE_OPTIONS: hook('drop-connection-before-begin.js'), ECM_TEST_DROP_AT: '2' };
    const result = await ecm(['klant', 'import', file(), ...json], { db, env: dropAtB });
    expect(stoppedAtB(result, 1)).toEqual([
      { field: null, code: 'provision_failed', message: expect.stringContaining('Connection terminated') },
    ]);
    const made = await environments(db);
    expect(made).toEqual([{ acro: 'A', status: 'active', roles: expect.any(Number), audits: 1 }]);
    expect(await rowCounts(db)).toEqual(await onlyA('postgres', false));
  });
});
