/**
 * Loaded into an `ecm` process on PostgreSQL with `node --import` by the test of a connection lost during an
 * import: just before the process begins its transaction number ECM_TEST_DROP_AT, its socket to the server is
 * destroyed, as when a network or the server goes away between two environments.
 */
import { beforeEachStatement } from './statements.js';

const at = Number(process.env.ECM_TEST_DROP_AT);
let begun = 0;

beforeEachStatement((sql, client) => {
  if (sql.startsWith('BEGIN') && ++begun === at) client.connection.stream.destroy();
});
