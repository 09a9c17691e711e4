/**
 * Loaded into an `ecm` process with `node --import` by the tests of a conflict found only while writing: just
 * before the process begins its transaction number ECM_TEST_RIVAL_AT, another `ecm` — a process and a
 * connection of its own — runs ECM_TEST_RIVAL (a JSON array of arguments) on the same database and has
 * committed before this one goes on. So what the checks found free is taken by the time the write comes, at a
 * moment chosen by the test rather than by timing.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeEachStatement } from './statements.js';

const BIN = fileURLToPath(new URL('../../../bin/ecm.js', import.meta.url));
const at = Number(process.env.ECM_TEST_RIVAL_AT);
const args = JSON.parse(process.env.ECM_TEST_RIVAL);
let begun = 0;

function rival() {
  if (++begun !== at) return;
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const run = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the rival ecm ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
}

beforeEachStatement((sql) => {
  if (sql.startsWith('BEGIN')) rival();
});
