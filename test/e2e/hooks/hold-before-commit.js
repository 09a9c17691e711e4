/**
 * Loaded into an `ecm` process with `node --import` by the tests that kill it inside its transaction: when the
 * command is about to COMMIT — every write of the transaction done, none of it committed — this says so on
 * stderr and stops the process dead (the event loop blocked, nothing sent to the database any more), so that
 * the test can SIGKILL it at exactly that moment instead of guessing one from timing.
 */
import { writeSync } from 'node:fs';
import { beforeEachStatement } from './statements.js';

const HOLDING = 'ecm-test: holding before COMMIT';

function hold() {
  writeSync(2, `${HOLDING}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

beforeEachStatement((sql) => {
  if (sql === 'COMMIT') hold();
});
