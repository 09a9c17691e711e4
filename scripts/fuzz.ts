/**
 * `npm run fuzz [-- --runs N] [-- --seed S] [-- --workers W]`: the property of test/fuzz with many more
 * cases, on SQLite and on a PostgreSQL server of its own, calling `main` in-process. Prints the seed first so
 * a failure can be replayed, and exits 1 when an invariant is violated.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { fuzzCase } from '../test/fuzz/arbitraries.js';
import { makeOddPlaces } from '../test/fuzz/file-paths.js';
import { runInProcess } from '../test/fuzz/in-process.js';
import { checkCase, Databases, fuzz } from '../test/fuzz/property.js';
import type { Dialect } from '../test/support/database.js';
import { snapshot } from '../test/support/snapshot.js';
import { ROOT } from '../test/support/paths.js';
import { startServer } from '../test/support/postgres-server.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    workers: { type: 'string', default: '4' },
  },
});
const runs = Number(values.runs);
const workers = Number(values.workers);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (![runs, workers, seed].every(Number.isSafeInteger) || runs < 1 || workers < 1) {
  console.error('usage: npm run fuzz -- [--runs N] [--seed S] [--workers W]');
  process.exit(2);
}
console.log(`fuzz: seed ${seed}, ${runs} cases on sqlite and postgres, ${workers} at a time`);

// Relative upload paths in the cases are meant from the clone, as the spawned binary runs there.
process.chdir(ROOT);
const dir = mkdtempSync(join(tmpdir(), 'ecm-fuzz-run-'));
const places = makeOddPlaces();
const server = await startServer();
// A pool: the workers make and drop copies at the same time.
const admin = new pg.Pool({ connectionString: server.url('postgres'), max: 2 });
// An idle connection that the stopping server ends is no failure of the run.
admin.on('error', () => undefined);
let exitCode = 1;
try {
  const templates = { sqlite: join(dir, 'template.sqlite'), postgres: await server.createDatabase() };
  for (const db of Object.values(templates)) await setUp(db);
  let copies = 0;
  const databases = new Databases({
    async fresh(dialect: Dialect) {
      const name = `fuzz_${++copies}`;
      if (dialect === 'sqlite') {
        copyFileSync(templates.sqlite, join(dir, `${name}.sqlite`));
        return join(dir, `${name}.sqlite`);
      }
      await admin.query(`create database ${name} template ${new URL(templates.postgres).pathname.slice(1)}`);
      return server.url(name);
    },
    async discard(dialect, db) {
      if (dialect === 'sqlite') rmSync(db, { force: true });
      else await admin.query(`drop database ${new URL(db).pathname.slice(1)} with (force)`);
    },
    snapshot,
  });
  const started = Date.now();
  let checked = 0;
  const result = await fuzz({
    arbitrary: fuzzCase(places),
    check: async (c) => {
      const result = await checkCase(runInProcess, databases, c);
      if (++checked % 1000 === 0)
        console.error(`fuzz: ${checked} cases, ${Math.round((Date.now() - started) / 1000)} s`);
      return result;
    },
    seed,
    runs,
    workers,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`fuzz: ${result.cases} cases on both engines in ${seconds} s (seed ${seed})`);
  console.log(`fuzz: exit codes ${JSON.stringify(result.exits)}`);
  for (const failure of result.failures) console.log(`\n${failure}`);
  console.log(result.failures.length === 0 ? 'fuzz: every invariant held' : 'fuzz: INVARIANTS VIOLATED');
  exitCode = result.failures.length === 0 ? 0 : 1;
} finally {
  await admin.end().catch(() => undefined);
  await server.stop();
  places.remove();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);

/** The database every case starts from: supplier acme, leverancieradmin jan, environment NS. */
async function setUp(db: string): Promise<void> {
  const commands = [
    ['init', '--supplier', 'acme', '--admin', 'jan', '--admin-email', 'jan@acme.example'],
    ['klant', 'create', '--acro', 'NS', '--name', 'NS', '--reference-code', 'REF-NS'],
  ];
  for (const args of commands) {
    const result = await runInProcess(args, { db, stdin: '' });
    if (result.code !== 0) throw new Error(`ecm ${args.join(' ')} failed: ${result.stderr}${result.stdout}`);
  }
}
