/**
 * For the hooks that `node --import` loads into an `ecm` process: calls `before(sql, connection)` just before
 * the process sends a statement given as plain text — BEGIN, COMMIT and ROLLBACK are — on either engine; the
 * connection is better-sqlite3's Database or pg's Client.
 */
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';

export function beforeEachStatement(before) {
  const exec = BetterSqlite3.prototype.exec;
  BetterSqlite3.prototype.exec = function (sql) {
    before(sql, this);
    return exec.call(this, sql);
  };
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (config, ...rest) {
    if (typeof config === 'string') before(config, this);
    return query.call(this, config, ...rest);
  };
}
