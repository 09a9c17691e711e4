/**
 * Runs the built `ecm` binary as a script would: a child process with its own environment and pipes (so
 * never a terminal), returning the exit code, stdout and stderr separately. Every test gets a database of
 * its own, on SQLite or on the PostgreSQL server of the test run, so the tests can run concurrently.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, expect, inject } from 'vitest';
import type { Dialect } from '../support/database.js';
import { ROOT } from '../support/paths.js';
import { serverAt } from '../support/postgres-server.js';

export { DIALECTS, type Dialect } from '../support/database.js';

export const BIN = join(ROOT, 'bin', 'ecm.js');

/** A line of a JavaScript stack trace, as `Error.stack` prints it. */
export const STACK_LINE = /^ {4}at /m;
/** Any ANSI escape sequence (colours, cursor movement). */
export const ANSI = new RegExp(`${String.fromCharCode(0x1b)}\\[`);

export interface EcmResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** The database: a SQLite file path or a postgres:// URL; by default a new, not yet existing SQLite file. */
  db?: string;
  /** Added to the clean environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  stdin?: string;
  cwd?: string;
  /** Called with all of stderr so far whenever more arrives, and the child: to interrupt it at a given step. */
  onStderr?: (text: string, child: ReturnType<typeof spawn>) => void;
}

/**
 * What the tests may not inherit from whoever runs them: they change the output the tests check. Without the
 * language settings ecm speaks English; a test of the Dutch sets them itself.
 */
const STRIPPED = ['ECM_USER', 'ECM_DEBUG', 'ECM_DATABASE_URL', 'ECM_LANG', 'FORCE_COLOR', 'NO_COLOR', 'CI', 'LANG'];
const STRIPPED_PATTERN = /^LC_/;

function cleanEnv(db: string, extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (STRIPPED.includes(name) || STRIPPED_PATTERN.test(name)) delete env[name];
  env.ECM_DATABASE_URL = db;
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export function ecm(args: readonly string[], options: RunOptions = {}): Promise<EcmResult> {
  const db = options.db ?? join(tempDir(), 'ecm.sqlite');
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: cleanEnv(db, options.env ?? {}),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr.push(chunk);
    options.onStderr?.(Buffer.concat(stderr).toString('utf8'), child);
  });
  // A child that exits without reading its stdin makes the write fail with EPIPE; that is not the test's business.
  child.stdin.on('error', () => undefined);
  child.stdin.end(options.stdin ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({
        code,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}

/**
 * The one JSON document stdout must hold. JSON.parse refuses two documents in a row, so this also proves
 * there is exactly one.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests look into documents of every shape
export function jsonOf(result: EcmResult): any {
  expect(result.stdout.trim(), `stdout is empty; stderr: ${result.stderr}`).not.toBe('');
  try {
    return JSON.parse(result.stdout);
  } catch {
    throw new Error(`stdout is not exactly one JSON document:\n${result.stdout}\nstderr:\n${result.stderr}`);
  }
}

export interface Failure {
  field: string | null;
  code: string;
  message: string;
}

/** The failure document of a JSON run, checked for its shape; returns its errors. */
export function failureOf(result: EcmResult): Failure[] {
  const doc = jsonOf(result);
  expect(Object.keys(doc).sort()).toEqual(['errors', 'ok']);
  expect(doc.ok).toBe(false);
  expect(doc.errors.length).toBeGreaterThan(0);
  for (const error of doc.errors) {
    expect(Object.keys(error).sort()).toEqual(['code', 'field', 'message']);
    expect(error.field === null || typeof error.field === 'string').toBe(true);
    expect(error.code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    expect(typeof error.message).toBe('string');
    expect(error.message).not.toBe('');
  }
  return doc.errors as Failure[];
}

/** `[field, code]` of every error, for compact comparisons. */
export function problemsOf(result: EcmResult): [string | null, string][] {
  return failureOf(result).map((e) => [e.field, e.code]);
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The PostgreSQL databases this file made: the copies first, then the set-ups they were copied from. */
const copies: string[] = [];
const setups: string[] = [];
afterAll(async () => {
  const names = [...copies.splice(0), ...setups.splice(0)];
  if (names.length > 0)
    await onServer(async (client) => {
      for (const name of names) await client.query(`drop database if exists ${name} with (force)`);
    });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ecm-e2e-'));
  dirs.push(dir);
  return dir;
}

const server = () => serverAt(inject('postgresPort'));

/** Work on the server's maintenance database, where databases are made and dropped. */
async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server().url('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const databaseName = (url: string) => new URL(url).pathname.slice(1);

/**
 * A database `ecm` has not seen yet, removed after the test file: on SQLite a file path that does not exist
 * yet, on PostgreSQL an empty database (ecm makes tables, not databases).
 */
export async function newDatabase(dialect: Dialect): Promise<string> {
  if (dialect === 'sqlite') return join(tempDir(), 'ecm.sqlite');
  const url = await server().createDatabase();
  copies.push(databaseName(url));
  return url;
}

let copyCount = 0;

/** A copy of a database set up by `ecm`: the file, or a PostgreSQL database made with it as template. */
async function copyOf(source: string): Promise<string> {
  if (!source.startsWith('postgres')) {
    const db = join(tempDir(), 'ecm.sqlite');
    copyFileSync(source, db);
    // The last connection folds the WAL into the file when it closes; copy it anyway should one remain.
    if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${db}-wal`);
    return db;
  }
  const name = `${databaseName(source)}_${++copyCount}`;
  copies.push(name);
  // A template may have no open connection: every ecm that set it up has exited (the server waits a few
  // seconds for their connections to go), and nothing else connects to it.
  await onServer((client) => client.query(`create database ${name} template ${databaseName(source)}`));
  return server().url(name);
}

export const SUPPLIER = { name: 'acme', admin: 'jan', adminEmail: 'jan@acme.example' };

const setupsByKey = new Map<string, Promise<string>>();

async function run(db: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  const result = await ecm(args, { db, env });
  if (result.code !== 0) throw new Error(`ecm ${args.join(' ')} failed: ${result.stderr}${result.stdout}`);
}

/**
 * A database of that dialect set up by `ecm init` for supplier acme with leverancieradmin jan, then the
 * further admins added and the environments created (each by jan, with only its acro as name and
 * `REF-<acro>` as its reference code). Each setup is made once per test file; every caller gets a copy of
 * its own.
 */
export async function initialisedDatabase(
  dialect: Dialect,
  options: { admins?: string[]; klanten?: string[] } = {},
): Promise<string> {
  const key = JSON.stringify([dialect, options]);
  if (!setupsByKey.has(key)) {
    setupsByKey.set(
      key,
      (async () => {
        let path: string;
        if (dialect === 'sqlite') {
          path = join(tempDir(), 'template.sqlite');
        } else {
          path = await server().createDatabase();
          setups.push(databaseName(path));
        }
        await run(path, [
          'init',
          '--supplier',
          SUPPLIER.name,
          '--admin',
          SUPPLIER.admin,
          '--admin-email',
          SUPPLIER.adminEmail,
        ]);
        for (const admin of options.admins ?? []) {
          await run(path, ['leverancieradmin', 'add', '--username', admin, '--email', `${admin}@acme.example`], {
            ECM_USER: SUPPLIER.admin,
          });
        }
        for (const acro of options.klanten ?? []) {
          await run(path, ['klant', 'create', '--acro', acro, '--name', acro, '--reference-code', `REF-${acro}`], {
            ECM_USER: SUPPLIER.admin,
          });
        }
        return path;
      })(),
    );
  }
  return copyOf(await setupsByKey.get(key)!);
}

/**
 * A database made once per test file by `prepare` (which runs ecm on it) from `initialisedDatabase(dialect,
 * options)`, under a name of the caller's; every caller gets a copy of its own.
 */
export async function preparedDatabase(
  dialect: Dialect,
  name: string,
  prepare: (db: string) => Promise<void>,
  options: { admins?: string[]; klanten?: string[] } = {},
): Promise<string> {
  const key = JSON.stringify([dialect, options, name]);
  if (!setupsByKey.has(key)) {
    setupsByKey.set(
      key,
      (async () => {
        const db = await initialisedDatabase(dialect, options);
        await prepare(db);
        return db;
      })(),
    );
  }
  return copyOf(await setupsByKey.get(key)!);
}

/** Runs `work` over `items` with at most `limit` at a time; the results keep the items' order. */
export async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
