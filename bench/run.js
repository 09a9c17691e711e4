// `npm run bench`: the speed targets, measured on the built binary. Medians over repeated runs; ratios are
// taken within this one run, because the machines are shared and absolute times drift.
// `node bench/run.js import` (or startup, create, copy) runs only the figures named.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'ecm.js');
const dir = mkdtempSync(join(tmpdir(), 'ecm-bench-'));
const env = { ...process.env, ECM_DATABASE_URL: join(dir, 'ecm.sqlite'), ECM_USER: 'jan', CI: '1' };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

function timed(args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8', ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

function ecm(...args) {
  return timed([BIN, ...args]);
}

const chosen = process.argv.slice(2);
const runs = (name) => chosen.length === 0 || chosen.includes(name);

// 1. Start-up: `ecm --help` loads no heavy module, so it should cost little more than Node itself.
function startup() {
  const RUNS = 21;
  const node = [];
  const help = [];
  for (let i = 0; i < RUNS; i++) {
    node.push(timed(['-e', '']).ms);
    help.push(timed([BIN, '--help']).ms);
  }
  console.log(`start-up    node -e ''      median ${fmt(median(node))}`);
  console.log(
    `            ecm --help      median ${fmt(median(help))}   ratio ${(median(help) / median(node)).toFixed(2)}× node`,
  );
}

// 2. A create without files or copy, end to end (process start, migrations check, ten steps).
function create() {
  const creates = [];
  for (let i = 0; i < 9; i++)
    creates.push(ecm('klant', 'create', '--no-input', '--acro', `B${i}`, '--name', `Bench ${i}`).ms);
  console.log(`create      minimal         median ${fmt(median(creates))}`);
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

// 4. Many at once: `klant import` of 1,000 records without klantadmin, all sharing one logo, on a fresh database.
function manyAtOnce() {
  const IMPORTED = 1000;
  const importEnv = { ...env, ECM_DATABASE_URL: join(dir, 'import.sqlite') };
  timed([BIN, 'init', '--supplier', 'acme', '--admin', 'jan', '--admin-email', 'jan@acme.example'], { env: importEnv });
  const logo = fileURLToPath(new URL('../fixtures/files/portal-logo.png', import.meta.url));
  const lines = Array.from({ length: IMPORTED }, (_, i) =>
    JSON.stringify({ company: { acro: `I${i}`, name: `Import ${i}` }, portal: { logo } }),
  );
  writeFileSync(join(dir, 'import.ndjson'), `${lines.join('\n')}\n`);
  const imported = timed([BIN, 'klant', 'import', join(dir, 'import.ndjson'), '--output', 'json'], { env: importEnv });
  const perSecond = IMPORTED / (imported.ms / 1000);
  console.log(
    `import      ${IMPORTED} records    ${perSecond.toFixed(1)} environments/s (whole run ${fmt(imported.ms)})   goal ≥ 100/s`,
  );
}

if (runs('startup')) startup();
if (runs('create') || runs('copy'))
  ecm('init', '--supplier', 'acme', '--admin', 'jan', '--admin-email', 'jan@acme.example');
if (runs('create')) create();
if (runs('copy')) copy();
if (runs('import')) manyAtOnce();

rmSync(dir, { recursive: true, force: true });
