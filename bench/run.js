// `npm run bench`: the speed targets, measured on the built binary. Medians over repeated runs; ratios are
// taken within this one run, because the machines are shared and absolute times drift.
// `node bench/run.js import` (or startup, create, copy, hashing, scale) runs only the figures named.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { scrypt } from 'node:crypto';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { tsImport } from 'tsx/esm/api';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'ecm.js');
const dir = mkdtempSync(join(tmpdir(), 'ecm-bench-'));
const env = { ...process.env, ECM_DATABASE_URL: join(dir, 'ecm.sqlite'), ECM_USER: 'jan', CI: '1' };

const MB = 1024 * 1024;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

function timed(args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8', maxBuffer: 512 * MB, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms, stdout: result.stdout, stderr: result.stderr };
}

function ecm(...args) {
  return timed([BIN, ...args]);
}

const chosen = process.argv.slice(2);
const runs = (name) => chosen.length === 0 || chosen.includes(name);

// Start-up is measured against node itself, started in turns with the command in the same run: the load of a
// shared machine drifts, and what ecm can change is what it adds to node's own start.
function againstNode(section, count, commands) {
  const node = [];
  const times = commands.map(() => []);
  for (let i = 0; i < count; i++) {
    node.push(timed(['-e', '']).ms);
    commands.forEach((command, c) => times[c].push(command.run(i)));
  }
  console.log(`${section.padEnd(12)}node -e ''            median ${fmt(median(node))}`);
  commands.forEach((command, c) => {
    const ratio = median(times[c]) / median(node);
    console.log(
      `            ${command.name.padEnd(22)}median ${fmt(median(times[c]))}   ratio ${ratio.toFixed(2)}× node   ${goal(ratio <= command.goal, `≤ ${command.goal}×`)}`,
    );
  });
}

// 1. Start-up: `ecm --help` loads no heavy module, so it should cost little more than Node itself.
function startup() {
  againstNode('start-up', 21, [{ name: 'ecm --help', goal: 1.5, run: () => timed([BIN, '--help']).ms }]);
}

// 2. Creates end to end (process start, migrations check, ten steps): a minimal one, without files or copy, and
// a full one with both logos and the size instructions, a klantadmin and a copy of every category.
function create() {
  ecm('klant', 'create', '--no-input', '--acro', 'FULL', '--name', 'Copy source');
  const file = (name) => fileURLToPath(new URL(`../fixtures/files/${name}`, import.meta.url));
  const fullForm = (i) => {
    const form = join(dir, `full-${i}.json`);
    writeFileSync(
      form,
      JSON.stringify({
        company: {
          acro: `F${i}`,
          name: `Full ${i}`,
          emailLogo: file('email-logo.png'),
          sizeInstructions: file('maattabel.pdf'),
        },
        admin: { username: `f${i}.admin`, email: `f${i}@klant.example` },
        portal: { logo: file('portal-logo.png'), copyFrom: 'FULL', copy: 'all' },
      }),
    );
    return form;
  };
  againstNode('create', 9, [
    {
      name: 'minimal',
      goal: 3,
      run: (i) => ecm('klant', 'create', '--no-input', '--acro', `B${i}`, '--name', `Bench ${i}`).ms,
    },
    { name: 'full', goal: 6, run: (i) => ecm('klant', 'create', '--json', fullForm(i)).ms },
  ]);
}

// 3. Copying a large assortment: the copy step against the database's own cost of copying the same rows.
function copy() {
  const PRODUCTS = 20_000;
  const SIZES = 5;
  ecm('klant', 'create', '--no-input', '--acro', 'SRC', '--name', 'Source');
  const raw = new BetterSqlite3(env.ECM_DATABASE_URL);
  const source = raw.prepare("select id from environments where acro = 'SRC'").pluck().get();
  raw.transaction(() => {
    const group = raw.prepare('insert into product_groups (environment_id, code, name) values (?, ?, ?)');
    for (let g = 0; g < 100; g++) group.run(source, `G${g}`, `Group ${g}`);
    raw
      .prepare(
        `insert into products (environment_id, group_id, article_number, name)
       with recursive n(i) as (select 0 union all select i + 1 from n where i + 1 < ${PRODUCTS})
       select ?, (select id from product_groups where environment_id = ? and code = 'G' || (i % 100)), 'A' || i, 'Product ' || i from n`,
      )
      .run(source, source);
    raw
      .prepare(
        `insert into product_sizes (environment_id, product_id, size, price_cents, sort_order)
       with recursive s(j) as (select 0 union all select j + 1 from s where j + 1 < ${SIZES})
       select ?, p.id, 'S' || s.j, 1000 + s.j, s.j from products p, s where p.environment_id = ?`,
      )
      .run(source, source);
  })();
  const rows = raw
    .prepare('select (select count(*) from products) + (select count(*) from product_sizes) + 100')
    .pluck()
    .get();
  raw.close();

  const copySteps = [];
  const copyTotals = [];
  for (let i = 0; i < 5; i++) {
    const form = join(dir, `copy-${i}.json`);
    writeFileSync(
      form,
      JSON.stringify({ company: { acro: `C${i}`, name: 'Copy' }, portal: { copyFrom: 'SRC', copy: ['assortment'] } }),
    );
    const run = ecm('klant', 'create', '--json', form);
    const result = JSON.parse(run.stdout);
    copySteps.push(result.steps.find((s) => s.id === 'copy').durationMs);
    copyTotals.push(run.ms);
  }

  // The floor: the same rows copied by the database alone, with the same unique indexes to maintain.
  const floor = [];
  for (let i = 0; i < 5; i++) {
    const db = new BetterSqlite3(env.ECM_DATABASE_URL);
    const started = process.hrtime.bigint();
    db.exec('begin');
    db.exec(`create temp table g as select * from product_groups where environment_id = ${source};
             create temp table p as select * from products where environment_id = ${source};
             create temp table s as select * from product_sizes where environment_id = ${source};
             create unique index tp on p (environment_id, article_number);
             create unique index ts on s (product_id, size);`);
    floor.push(Number(process.hrtime.bigint() - started) / 1e6);
    db.exec('rollback');
    db.close();
  }
  console.log(
    `copy        ${rows} rows    step median ${fmt(median(copySteps))}, whole create median ${fmt(median(copyTotals))}`,
  );
  console.log(
    `            database alone  median ${fmt(median(floor))}   ratio ${(median(copySteps) / median(floor)).toFixed(2)}× the database's own copy`,
  );
}

// 4. Many at once, on SQLite and, when a server can be had, on PostgreSQL (bench/postgres.ts). Each child
// reports its own peak memory (maxRSS, through bench/max-rss.js).
const goal = (met, text) => `goal ${text}   ${met ? 'met' : 'NOT met'}`;

// An engine makes a database for a figure, and says how many connections a command opened to it where it can.
const engines = [
  {
    name: 'SQLite',
    database: async (name) => join(dir, `${name}.sqlite`),
    connectionsOpened: async (_databaseUrl, work) => ({ result: work(), connections: null }),
  },
];
let postgres = null;

/** Adds PostgreSQL to the engines when a server can be had; otherwise says once why its figures are missing. */
async function addPostgres() {
  const { benchPostgres } = await tsImport('./postgres.ts', import.meta.url);
  const server = await benchPostgres(process.env);
  if ('skipped' in server) return console.log(`postgres    PostgreSQL figures skipped: ${server.skipped}`);
  console.log(`postgres    PostgreSQL figures on ${server.where}`);
  postgres = server;
  engines.push({ name: 'PostgreSQL', database: () => server.database(), connectionsOpened: server.connectionsOpened });
}

/** The first columns of a figure's line: its name on the first engine's line, blank below it. */
const heading = (i, figure, what) => (i === 0 ? `${figure.padEnd(12)}${what.padEnd(16)}` : ' '.repeat(28));
const named = (engine) => engine.name.padEnd(12);

function measured(args, databaseUrl) {
  const run = timed(['--import', pathToFileURL(join(ROOT, 'bench', 'max-rss.js')).href, BIN, ...args], {
    env: { ...env, ECM_DATABASE_URL: databaseUrl },
  });
  return { ...run, peakMb: Number(/^max-rss (\d+)$/m.exec(run.stderr)[1]) / 1024 };
}

async function freshDatabase(engine, name) {
  const databaseUrl = await engine.database(name);
  measured(['init', '--supplier', 'acme', '--admin', 'jan', '--admin-email', 'jan@acme.example'], databaseUrl);
  return databaseUrl;
}

function importFile(name, forms) {
  const file = join(dir, `${name}.ndjson`);
  writeFileSync(file, `${forms.map((form) => JSON.stringify(form)).join('\n')}\n`);
  return file;
}

function importOf(databaseUrl, file) {
  return measured(['klant', 'import', file, '--output', 'json'], databaseUrl);
}

const forms = (prefix, count, extra = () => ({})) =>
  Array.from({ length: count }, (_, i) => ({
    company: { acro: `${prefix}${i}`, name: `${prefix} ${i}` },
    ...extra(i),
  }));

// 1,000 records without klantadmin, all sharing one logo, on a fresh database. The goal is SQLite's; on
// PostgreSQL the server also counts the connections the import opened, which should be its one.
async function manyAtOnce() {
  const IMPORTED = 1000;
  const logo = fileURLToPath(new URL('../fixtures/files/portal-logo.png', import.meta.url));
  const file = importFile(
    'import',
    forms('I', IMPORTED, () => ({ portal: { logo } })),
  );
  const results = [];
  for (const engine of engines) {
    const databaseUrl = await freshDatabase(engine, 'import');
    const { result: run, connections } = await engine.connectionsOpened(databaseUrl, () => importOf(databaseUrl, file));
    results.push({ engine, run, connections });
  }
  for (const [i, { engine, run, connections }] of results.entries()) {
    const perSecond = IMPORTED / (run.ms / 1000);
    const rate = `${named(engine)}${perSecond.toFixed(1)} environments/s (whole run ${fmt(run.ms)})`;
    const verdict =
      connections === null
        ? goal(perSecond >= 100, '≥ 100/s')
        : `over ${connections} connection${connections === 1 ? '' : 's'}   ${goal(connections === 1, 'one')}`;
    console.log(`${heading(i, 'import', `${IMPORTED} records`)}${rate}   ${verdict}`);
  }
  for (const [i, { engine, run }] of results.entries()) {
    const memory = `${named(engine)}${run.peakMb.toFixed(0)} MB`;
    console.log(`${heading(i, '', 'peak memory')}${memory}   ${goal(run.peakMb <= 200, '≤ 200 MB')}`);
  }
}

// What the cores can hash: one async scrypt per core at a time (libuv runs them on its threads), for two seconds.
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * MB };
async function hashesPerSecond() {
  const hash = () =>
    new Promise((resolve, reject) => scrypt('bench', 'salt', 32, SCRYPT, (e) => (e ? reject(e) : resolve())));
  const started = performance.now();
  let hashed = 0;
  await Promise.all(
    Array.from({ length: availableParallelism() }, async () => {
      while (performance.now() - started < 2000) {
        await hash();
        hashed++;
      }
    }),
  );
  return hashed / ((performance.now() - started) / 1000);
}

// With a klantadmin per record the hashing dominates, so the import should keep every core hashing. The
// machine's load drifts, so the cores and the imports are measured in turns, three times, and the medians
// compared; about eight seconds of hashing keeps the process start a small part of each import.
async function withKlantadmins() {
  const cores = [];
  const imports = engines.map(() => []);
  const admin = (i) => ({ admin: { username: `k${i}.admin`, email: `k${i}@klant.example` } });
  for (let round = 0; round < 3; round++) {
    cores.push(await hashesPerSecond());
    const count = Math.max(20, Math.round(cores[0] * 8));
    const file = importFile(`admins-${round}`, forms('K', count, admin));
    for (const [e, engine] of engines.entries()) {
      const run = importOf(await freshDatabase(engine, `admins-${round}`), file);
      imports[e].push(count / (run.ms / 1000));
    }
  }
  console.log(
    `hashing     ${availableParallelism()} cores         can hash ${median(cores).toFixed(1)}/s (scrypt N=2^15)`,
  );
  for (const [e, engine] of engines.entries()) {
    const share = median(imports[e]) / median(cores);
    console.log(
      `${heading(e, '', 'with klantadmin')}${named(engine)}${median(imports[e]).toFixed(1)}/s (M/N = ${(share * 100).toFixed(0)}%)   ${goal(share >= 0.8, '≥ 80%')}`,
    );
  }
}

// At scale: a create and `klant list` on a database of 10,000 environments, against the same create on 10.
async function atScale() {
  const results = [];
  for (const engine of engines) {
    const small = await freshDatabase(engine, 'small');
    importOf(small, importFile('small', forms('S', 10)));
    const large = await freshDatabase(engine, 'large');
    importOf(large, importFile('large', forms('L', 10_000)));
    const onSmall = [];
    const onLarge = [];
    for (let i = 0; i < 9; i++) {
      const create = (databaseUrl) =>
        measured(['klant', 'create', '--no-input', '--acro', `N${i}`, '--name', `New ${i}`], databaseUrl).ms;
      onSmall.push(create(small));
      onLarge.push(create(large));
    }
    results.push({ engine, onSmall, onLarge, list: measured(['klant', 'list', '--output', 'json'], large) });
  }
  for (const [i, { engine, onSmall, onLarge }] of results.entries()) {
    const ratio = median(onLarge) / median(onSmall);
    console.log(
      `${heading(i, 'scale', 'create')}${named(engine)}at 10,000 median ${fmt(median(onLarge))}, at 10 ${fmt(median(onSmall))}   ratio ${ratio.toFixed(2)}×   ${goal(ratio <= 1.2, '≤ 1.2×')}`,
    );
  }
  for (const [i, { engine, list }] of results.entries()) {
    console.log(
      `${heading(i, '', 'list at 10,000')}${named(engine)}${fmt(list.ms)}, peak memory ${list.peakMb.toFixed(0)} MB   ${goal(list.peakMb <= 200, '≤ 200 MB')}`,
    );
  }
}

if (runs('startup')) startup();
if (runs('create') || runs('copy'))
  ecm('init', '--supplier', 'acme', '--admin', 'jan', '--admin-email', 'jan@acme.example');
if (runs('create')) create();
if (runs('copy')) copy();
if (['import', 'hashing', 'scale'].some(runs)) await addPostgres();
try {
  if (runs('import')) await manyAtOnce();
  if (runs('hashing')) await withKlantadmins();
  if (runs('scale')) await atScale();
} finally {
  await postgres?.stop();
}

rmSync(dir, { recursive: true, force: true });
