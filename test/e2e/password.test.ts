/**
 * Contract, the klantadmin's temporary password: shown once, only where asked for, and never stored,
 * logged or audited in clear. One test per guarantee that holds without a terminal.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { meetsPasswordPolicy, verifyPassword } from '../../src/klant/password.js';
import { messages as m } from '../../src/messages/index.js';
import { query, snapshot } from '../support/database.js';
import { DIALECTS, ecm, initialisedDatabase, jsonOf, problemsOf, tempDir } from './run-ecm.js';

const json = ['--output', 'json'];
const kpn = [
  'klant',
  'create',
  '--acro',
  'KPN',
  '--name',
  'KPN',
  '--admin-username',
  'kpn.beheer',
  '--admin-email',
  'b@kpn.example',
];

/** Creates KPN with a password file and returns the password that file holds, and the run. */
async function createWithPasswordFile(db: string, ...args: string[]) {
  const file = join(tempDir(), 'kpn.pw');
  const result = await ecm([...kpn, '--password-file', file, ...args], { db });
  expect(result.code, result.stderr + result.stdout).toBe(0);
  const password = readFileSync(file, 'utf8').trim();
  return { result, file, password };
}

async function storedHash(db: string): Promise<string> {
  const [user] = await query<{ password_hash: string }>(
    db,
    "select password_hash from users where username = 'kpn.beheer'",
  );
  return user!.password_hash;
}

describe.concurrent.each(DIALECTS)('the temporary password, on %s', (dialect) => {
  it('--password-file: a new file with mode 0600 holding the password, which works and meets the policy', async () => {
    const db = await initialisedDatabase(dialect);
    const { file, password } = await createWithPasswordFile(db, ...json);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(`${password}\n`);
    expect(meetsPasswordPolicy(password)).toBe(true);
    expect(await verifyPassword(password, await storedHash(db))).toBe(true);
  });

  it('JSON output without --show-password: temporaryPassword is null and the password is on neither stream', async () => {
    const db = await initialisedDatabase(dialect);
    const { result, password } = await createWithPasswordFile(db, ...json);
    expect(jsonOf(result).klantadmin.temporaryPassword).toBeNull();
    expect(result.stdout).not.toContain(password);
    expect(result.stderr).toBe('');
  });

  it('JSON output with --show-password: the password, once, and it is the one that works', async () => {
    const db = await initialisedDatabase(dialect);
    const result = await ecm([...kpn, '--show-password', ...json], { db });
    expect([result.code, result.stderr]).toEqual([0, '']);
    const password = jsonOf(result).klantadmin.temporaryPassword;
    expect(typeof password).toBe('string');
    expect(meetsPasswordPolicy(password)).toBe(true);
    expect(result.stdout.split(password)).toHaveLength(2);
    expect(await verifyPassword(password, await storedHash(db))).toBe(true);
  });

  it('text output to a stdout that is no terminal: not shown, the summary says where it went', async () => {
    const db = await initialisedDatabase(dialect);
    const { result, file, password } = await createWithPasswordFile(db, '--debug');
    expect(result.stdout).not.toContain(password);
    expect(result.stderr).not.toContain(password);
    expect(result.stdout).toContain(file);
    const hidden = await ecm([...kpn.map((a) => (a === 'KPN' ? 'KPN2' : a))], { db });
    expect(hidden.code).toBe(0);
    expect(hidden.stdout).toContain('kpn.beheer');
    expect(hidden.stdout).toContain(m.summary.passwordHidden);
  });

  it('--password-file that exists is refused with exit 2, before anything is created', async () => {
    const db = await initialisedDatabase(dialect);
    const file = join(tempDir(), 'kpn.pw');
    writeFileSync(file, 'keep me\n');
    const before = await snapshot(db);
    const result = await ecm([...kpn, '--password-file', file, ...json], { db });
    expect(result.code).toBe(2);
    expect(problemsOf(result)).toEqual([[null, 'password_file_exists']]);
    expect(readFileSync(file, 'utf8')).toBe('keep me\n');
    expect(await snapshot(db)).toBe(before);
  });

  it('--password-file that cannot be created is refused with exit 2, before anything is created', async () => {
    const db = await initialisedDatabase(dialect);
    const before = await snapshot(db);
    const result = await ecm([...kpn, '--password-file', join(tempDir(), 'no-such-folder', 'kpn.pw'), ...json], { db });
    expect(result.code).toBe(2);
    expect(problemsOf(result)).toEqual([[null, 'password_file_unwritable']]);
    expect(await snapshot(db)).toBe(before);
  });

  it('a create that fails leaves no password file behind', async () => {
    const db = await initialisedDatabase(dialect);
    expect((await ecm(['klant', 'create', '--acro', 'kpn', '--name', 'x'], { db })).code).toBe(0);
    const file = join(tempDir(), 'kpn.pw');
    const result = await ecm([...kpn, '--password-file', file, ...json], { db });
    expect(result.code).toBe(3);
    expect(existsSync(file)).toBe(false);
  });

  it('is never stored in clear: only a salted hash, nowhere else in the database', async () => {
    const db = await initialisedDatabase(dialect);
    const { password } = await createWithPasswordFile(db);
    const hash = await storedHash(db);
    expect(hash).not.toContain(password);
    expect(await snapshot(db)).not.toContain(password);
    // A second create gets another password and another salt.
    const other = await ecm([...kpn.map((a) => (a === 'KPN' ? 'KPN2' : a)), '--show-password', ...json], { db });
    expect(jsonOf(other).klantadmin.temporaryPassword).not.toBe(password);
    const hashes = await query<{ password_hash: string }>(
      db,
      "select password_hash from users where username = 'kpn.beheer' order by id",
    );
    expect(new Set(hashes.map((h) => h.password_hash)).size).toBe(2);
  });

  it('is never put in the audit record, nor is its hash', async () => {
    const db = await initialisedDatabase(dialect);
    const { password } = await createWithPasswordFile(db);
    const hash = await storedHash(db);
    const audit = await query<{ action: string; actor: string; input: string }>(
      db,
      "select action, actor, cast(input as text) as input from audit_log where action = 'klant.create'",
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toBe('jan');
    expect(audit[0]!.input).toContain('kpn.beheer');
    expect(audit[0]!.input).not.toContain(password);
    expect(audit[0]!.input).not.toContain(hash);
    expect(audit[0]!.input.toLowerCase()).not.toContain('password');
  });
});
