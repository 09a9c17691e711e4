/**
 * Contract, "klantadmin add" and "klantadmin reset-password", through the built binary on both engines:
 * the create's rules and password handling for a klantadmin of an existing environment.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { meetsPasswordPolicy, verifyPassword } from '../../src/klant/password.js';
import { query, snapshot } from '../support/database.js';
import {
  DIALECTS,
  ecm,
  initialisedDatabase,
  jsonOf,
  problemsOf,
  tempDir,
  type Dialect,
  type EcmResult,
} from './run-ecm.js';

const json = ['--output', 'json'];
const add = (...args: string[]) => ['klantadmin', 'add', ...args];
const reset = (...args: string[]) => ['klantadmin', 'reset-password', ...args];
const inkoop = ['--username', 'Kpn.Ínkoop', '--email', 'inkoop@kpn.example'];
const asJan = { ECM_USER: 'jan' };

/** Leverancieradmins jan and piet, and KPN with klantadmin kpn.beheer, whose first password is returned. */
async function withKpn(dialect: Dialect): Promise<{ db: string; firstPassword: string }> {
  const db = await initialisedDatabase(dialect, { admins: ['piet'] });
  const created = await ecm(
    [
      'klant',
      'create',
      '--acro',
      'KPN',
      '--name',
      'KPN',
      '--admin-username',
      'kpn.beheer',
      '--admin-email',
      'beheer@kpn.example',
      '--show-password',
      ...json,
    ],
    { db, env: asJan },
  );
  expect(created.code, created.stderr).toBe(0);
  return { db, firstPassword: jsonOf(created).klantadmin.temporaryPassword };
}

async function storedUser(db: string, username: string) {
  const [user] = await query<{ password_hash: string; password_expires_at: string; must_change_password: unknown }>(
    db,
    `select password_hash, password_expires_at, must_change_password from users where username = '${username}'`,
  );
  return user!;
}

async function auditOf(db: string, action: string) {
  const rows = await query<{ actor: string; input: unknown }>(
    db,
    `select actor, input from audit_log where action = '${action}' order by id`,
  );
  return rows.map((r) => ({ actor: r.actor, input: typeof r.input === 'string' ? JSON.parse(r.input) : r.input }));
}

function succeeded(result: EcmResult) {
  expect([result.code, result.stderr]).toEqual([0, '']);
  return jsonOf(result);
}

const retire = (db: string) =>
  query(db, "update environments set retired_at = '2026-11-28T10:00:00.000Z', retired_by = 'jan' where acro = 'KPN'");

describe.concurrent.each(DIALECTS)('ecm klantadmin add, on %s', (dialect) => {
  it('adds a normalised klantadmin: the result as in the create, acro as stored, audited for the operator', async () => {
    const { db } = await withKpn(dialect);
    const result = await ecm(add('kpn', ...inkoop, ...json, '--as', 'piet'), { db, env: asJan });
    const doc = succeeded(result);
    expect(Object.keys(doc)).toEqual(['ok', 'acro', 'klantadmin']);
    expect(doc).toMatchObject({ ok: true, acro: 'KPN' });
    expect(Object.keys(doc.klantadmin)).toEqual([
      'username',
      'email',
      'role',
      'temporaryPassword',
      'passwordExpiresAt',
      'mustChangePassword',
    ]);
    expect(doc.klantadmin).toMatchObject({
      username: 'kpn.inkoop',
      email: 'inkoop@kpn.example',
      role: 'klantadmin',
      temporaryPassword: null,
      mustChangePassword: true,
    });
    const days = (Date.parse(doc.klantadmin.passwordExpiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    const user = await storedUser(db, 'kpn.inkoop');
    expect([user.password_expires_at, Boolean(user.must_change_password)]).toEqual([
      doc.klantadmin.passwordExpiresAt,
      true,
    ]);
    expect(await auditOf(db, 'klantadmin.add')).toEqual([
      { actor: 'piet', input: { username: 'kpn.inkoop', email: 'inkoop@kpn.example' } },
    ]);
    const shown = succeeded(await ecm(['klant', 'show', 'KPN', ...json], { db }));
    expect(shown.users).toContainEqual({ username: 'kpn.inkoop', email: 'inkoop@kpn.example', role: 'klantadmin' });
  });

  it('--show-password: the password once in the JSON, it verifies, and it is nowhere in the database', async () => {
    const { db } = await withKpn(dialect);
    const result = await ecm(add('KPN', ...inkoop, '--show-password', ...json), { db, env: asJan });
    const password = succeeded(result).klantadmin.temporaryPassword;
    expect(meetsPasswordPolicy(password)).toBe(true);
    expect(result.stdout.split(password)).toHaveLength(2);
    const { password_hash } = await storedUser(db, 'kpn.inkoop');
    expect(await verifyPassword(password, password_hash)).toBe(true);
    const everything = await snapshot(db);
    expect(everything).not.toContain(password);
    const audit = JSON.stringify(await query(db, 'select * from audit_log'));
    expect(audit).not.toContain(password_hash.split('$').at(-1));
    expect(audit).not.toContain('scrypt');
  });

  it('--password-file: created 0600 with a password that verifies; an existing file is refused, nothing written', async () => {
    const { db } = await withKpn(dialect);
    const file = join(tempDir(), 'inkoop.pw');
    const result = await ecm(add('KPN', ...inkoop, '--password-file', file, ...json), { db, env: asJan });
    expect(succeeded(result).klantadmin.temporaryPassword).toBeNull();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const password = readFileSync(file, 'utf8').trim();
    expect(result.stdout).not.toContain(password);
    expect(await verifyPassword(password, (await storedUser(db, 'kpn.inkoop')).password_hash)).toBe(true);

    const before = await snapshot(db);
    const again = await ecm(
      add('KPN', '--username', 'kpn.tweede', '--email', 't@kpn.example', '--password-file', file, ...json),
      { db, env: asJan },
    );
    expect(again.code).toBe(2);
    expect(problemsOf(again)).toEqual([[null, 'password_file_exists']]);
    expect(readFileSync(file, 'utf8').trim()).toBe(password);
    expect(await snapshot(db)).toBe(before);
  });

  it('text output to a pipe: the password is on neither stream, the summary says how to get it', async () => {
    const { db } = await withKpn(dialect);
    const result = await ecm(add('KPN', ...inkoop), { db, env: asJan });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('kpn.inkoop');
    expect(result.stdout).toContain('--show-password');
    expect(result.stderr).toBe('');
  });

  it('input errors name admin.username and admin.email, with the operator, all at once: exit 2, nothing written', async () => {
    const { db } = await withKpn(dialect);
    const before = await snapshot(db);
    const bad = await ecm(add('KPN', '--username', '!!', '--email', 'nope', '--as', 'nobody', ...json), { db });
    expect(bad.code).toBe(2);
    expect(problemsOf(bad).sort()).toEqual(
      [
        ['admin.username', 'username_empty'],
        ['admin.email', 'invalid_email'],
        [null, 'unknown_operator'],
      ].sort(),
    );
    const missing = await ecm(add('KPN', ...json), { db, env: asJan });
    expect(missing.code).toBe(2);
    expect(problemsOf(missing)).toEqual([
      ['admin.username', 'required'],
      ['admin.email', 'required'],
    ]);
    // Input comes before what must exist: a bad field in an unknown environment is exit 2.
    expect((await ecm(add('NOPE', '--username', 'x', '--email', 'nope', ...json), { db, env: asJan })).code).toBe(2);
    expect(await snapshot(db)).toBe(before);
  });

  it('a username of the environment or of any leverancieradmin is exit 3 username_taken, byte for byte nothing written', async () => {
    const { db } = await withKpn(dialect);
    const before = await snapshot(db);
    const file = join(tempDir(), 'refused.pw');
    for (const username of ['KPN.Beheer', 'piet']) {
      const args = ['--username', username, '--email', 'x@kpn.example', '--password-file', file];
      const result = await ecm(add('KPN', ...args, ...json), {
        db,
        env: asJan,
      });
      expect(result.code).toBe(3);
      expect(problemsOf(result)).toEqual([['admin.username', 'username_taken']]);
    }
    expect(existsSync(file)).toBe(false);
    expect(await snapshot(db)).toBe(before);
  });

  it('an unknown acro is exit 4 environment_not_found; a retired environment exit 3 environment_retired', async () => {
    const { db } = await withKpn(dialect);
    const unknown = await ecm(add('NOPE', ...inkoop, ...json), { db, env: asJan });
    expect([unknown.code, problemsOf(unknown)]).toEqual([4, [['acro', 'environment_not_found']]]);
    await retire(db);
    const before = await snapshot(db);
    const retired = await ecm(add('kpn', ...inkoop, ...json), { db, env: asJan });
    expect([retired.code, problemsOf(retired)]).toEqual([3, [['acro', 'environment_retired']]]);
    expect(await snapshot(db)).toBe(before);
  });

  it('--dry-run: checked, exit 0, "dryRun": true, no password made, shown or written, nothing stored', async () => {
    const { db } = await withKpn(dialect);
    const before = await snapshot(db);
    const file = join(tempDir(), 'dry.pw');
    const result = await ecm(add('KPN', ...inkoop, '--dry-run', '--show-password', '--password-file', file, ...json), {
      db,
      env: asJan,
    });
    expect(succeeded(result)).toMatchObject({
      ok: true,
      dryRun: true,
      acro: 'KPN',
      klantadmin: { username: 'kpn.inkoop', temporaryPassword: null, passwordExpiresAt: null },
    });
    expect(existsSync(file)).toBe(false);
    expect(await snapshot(db)).toBe(before);
    const taken = await ecm(add('KPN', '--username', 'piet', '--email', 'p@kpn.example', '--dry-run', ...json), {
      db,
      env: asJan,
    });
    expect([taken.code, problemsOf(taken)]).toEqual([3, [['admin.username', 'username_taken']]]);
  });

  it('the operator as in the create: with two leverancieradmins and none named, exit 2 operator_required', async () => {
    const { db } = await withKpn(dialect);
    const result = await ecm(add('KPN', ...inkoop, ...json), { db });
    expect([result.code, problemsOf(result)]).toEqual([2, [[null, 'operator_required']]]);
  });
});

describe.concurrent.each(DIALECTS)('ecm klantadmin reset-password, on %s', (dialect) => {
  it('a new password that verifies while the old one no longer does; 30 days, must change, audited', async () => {
    const { db, firstPassword } = await withKpn(dialect);
    const user = await storedUser(db, 'kpn.beheer');
    expect(await verifyPassword(firstPassword, user.password_hash)).toBe(true);
    const result = await ecm(reset('kpn', 'KPN.Beheer', '--show-password', ...json), { db, env: { ECM_USER: 'piet' } });
    const doc = succeeded(result);
    expect(Object.keys(doc)).toEqual(['ok', 'acro', 'klantadmin']);
    expect(doc).toMatchObject({
      acro: 'KPN',
      klantadmin: { username: 'kpn.beheer', email: 'beheer@kpn.example', role: 'klantadmin', mustChangePassword: true },
    });
    const after = await storedUser(db, 'kpn.beheer');
    expect(await verifyPassword(doc.klantadmin.temporaryPassword, after.password_hash)).toBe(true);
    expect(await verifyPassword(firstPassword, after.password_hash)).toBe(false);
    expect([after.password_expires_at, Boolean(after.must_change_password)]).toEqual([
      doc.klantadmin.passwordExpiresAt,
      true,
    ]);
    expect(await auditOf(db, 'klantadmin.reset_password')).toEqual([
      { actor: 'piet', input: { username: 'kpn.beheer', email: 'beheer@kpn.example' } },
    ]);
    const everything = await snapshot(db);
    expect(everything).not.toContain(doc.klantadmin.temporaryPassword);
  });

  it('--password-file: created 0600 with the new password; an existing file is refused before anything changes', async () => {
    const { db } = await withKpn(dialect);
    const file = join(tempDir(), 'beheer.pw');
    const result = await ecm(reset('KPN', 'kpn.beheer', '--password-file', file, ...json), { db, env: asJan });
    expect(succeeded(result).klantadmin.temporaryPassword).toBeNull();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const password = readFileSync(file, 'utf8').trim();
    expect(await verifyPassword(password, (await storedUser(db, 'kpn.beheer')).password_hash)).toBe(true);

    const before = await snapshot(db);
    const existing = join(tempDir(), 'existing.pw');
    writeFileSync(existing, 'mine\n');
    const again = await ecm(reset('KPN', 'kpn.beheer', '--password-file', existing, ...json), { db, env: asJan });
    expect([again.code, problemsOf(again)]).toEqual([2, [[null, 'password_file_exists']]]);
    expect(readFileSync(existing, 'utf8')).toBe('mine\n');
    expect(await snapshot(db)).toBe(before);
  });

  it("a leverancieradmin's user or an unknown name is exit 4 user_not_found; an unknown acro environment_not_found", async () => {
    const { db } = await withKpn(dialect);
    const before = await snapshot(db);
    for (const username of ['jan', 'nobody']) {
      const result = await ecm(reset('KPN', username, ...json), { db, env: asJan });
      expect([result.code, problemsOf(result)]).toEqual([4, [['username', 'user_not_found']]]);
    }
    const unknown = await ecm(reset('NOPE', 'kpn.beheer', ...json), { db, env: asJan });
    expect([unknown.code, problemsOf(unknown)]).toEqual([4, [['acro', 'environment_not_found']]]);
    expect(await snapshot(db)).toBe(before);
  });

  it('a retired environment is exit 3 environment_retired and the password stays', async () => {
    const { db, firstPassword } = await withKpn(dialect);
    await retire(db);
    const result = await ecm(reset('KPN', 'kpn.beheer', ...json), { db, env: asJan });
    expect([result.code, problemsOf(result)]).toEqual([3, [['acro', 'environment_retired']]]);
    expect(await verifyPassword(firstPassword, (await storedUser(db, 'kpn.beheer')).password_hash)).toBe(true);
  });

  it('--dry-run: exit 0, "dryRun": true, no password made, nothing written; the operator is still checked', async () => {
    const { db } = await withKpn(dialect);
    const before = await snapshot(db);
    const result = await ecm(reset('KPN', 'kpn.beheer', '--dry-run', '--show-password', ...json), { db, env: asJan });
    expect(succeeded(result)).toMatchObject({
      ok: true,
      dryRun: true,
      acro: 'KPN',
      klantadmin: { username: 'kpn.beheer', temporaryPassword: null, passwordExpiresAt: null },
    });
    expect(await snapshot(db)).toBe(before);
    const stranger = await ecm(reset('KPN', 'kpn.beheer', '--dry-run', '--as', 'nobody', ...json), { db });
    expect([stranger.code, problemsOf(stranger)]).toEqual([2, [[null, 'unknown_operator']]]);
  });
});
