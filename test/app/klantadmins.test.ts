/** The klantadmin use cases on both engines: what they write, what they refuse, and what the audit holds. */
import { describe, expect, it } from 'vitest';
import { createKlant } from '../../src/app/create-klant.js';
import {
  addKlantadmin,
  parseNewKlantadmin,
  resetKlantadminPassword,
  type KlantadminOptions,
} from '../../src/app/klantadmins.js';
import { EcmError } from '../../src/errors.js';
import { verifyPassword } from '../../src/klant/password.js';
import { parseKlantForm } from '../../src/klant/schema.js';
import { DIALECTS, NOW, supplierDatabase } from '../support/database.js';
import { recordingReporter } from '../support/reporter.js';

const write: KlantadminOptions = { operator: 'jan', now: NOW, dryRun: false };
const dryRun: KlantadminOptions = { ...write, dryRun: true };

async function withKpn(dialect: (typeof DIALECTS)[number]) {
  const database = await supplierDatabase(dialect, { admins: ['piet'] });
  const form = parseKlantForm({
    company: { acro: 'KPN', name: 'KPN' },
    admin: { username: 'kpn.beheer', email: 'beheer@kpn.example' },
  });
  const created = await createKlant(database.db, form, { as: 'jan', reporter: recordingReporter().reporter, now: NOW });
  return { ...database, firstPassword: created.klantadmin!.temporaryPassword };
}

async function failure(promise: Promise<unknown>): Promise<EcmError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EcmError);
  return error as EcmError;
}

const codes = (error: EcmError) => [error.kind, error.problems.map((p) => [p.field, p.code])];

async function storedUser(query: <T>(sql: string) => Promise<T[]>, username: string) {
  const [user] = await query<{ password_hash: string; password_expires_at: string; must_change_password: unknown }>(
    `select password_hash, password_expires_at, must_change_password from users where username = '${username}'`,
  );
  return user!;
}

describe('parseNewKlantadmin', () => {
  it('normalises as the create does and names the fields admin.username and admin.email, all at once', async () => {
    expect(await parseNewKlantadmin({ username: ' Kpn.Ínkoop ', email: 'i@kpn.example' })).toEqual({
      username: 'kpn.inkoop',
      email: 'i@kpn.example',
    });
    const error = await failure(parseNewKlantadmin({ username: '!!!', email: 'nope' }));
    expect(codes(error)).toEqual([
      'input',
      [
        ['admin.username', 'username_empty'],
        ['admin.email', 'invalid_email'],
      ],
    ]);
  });
});

describe.each(DIALECTS)('klantadmins on %s', (dialect) => {
  it('add: a klantadmin whose password verifies, valid 30 days, must change, audited without it', async () => {
    const { db, query } = await withKpn(dialect);
    const result = await addKlantadmin(db, 'kpn', { username: 'kpn.inkoop', email: 'i@kpn.example' }, write);
    expect(result.acro).toBe('KPN');
    expect(result.klantadmin.passwordExpiresAt).toBe('2026-12-27T10:00:00.000Z');
    const user = await storedUser(query, 'kpn.inkoop');
    expect(await verifyPassword(result.klantadmin.temporaryPassword!, user.password_hash)).toBe(true);
    expect(user.password_expires_at).toBe('2026-12-27T10:00:00.000Z');
    expect(Boolean(user.must_change_password)).toBe(true);
    const audit = await query<{ action: string; actor: string; input: unknown }>(
      "select action, actor, input from audit_log where action = 'klantadmin.add'",
    );
    expect(audit.map((a) => [a.action, a.actor, typeof a.input === 'string' ? JSON.parse(a.input) : a.input])).toEqual([
      ['klantadmin.add', 'jan', { username: 'kpn.inkoop', email: 'i@kpn.example' }],
    ]);
  });

  it('add: a username of the environment or of any leverancieradmin is taken; a refusal writes nothing', async () => {
    const { db, snapshot } = await withKpn(dialect);
    const before = await snapshot();
    for (const username of ['kpn.beheer', 'piet']) {
      const error = await failure(addKlantadmin(db, 'KPN', { username, email: 'x@kpn.example' }, write));
      expect(codes(error)).toEqual(['conflict', [['admin.username', 'username_taken']]]);
    }
    expect(await snapshot()).toBe(before);
  });

  it('add and reset: an unknown acro is not found, a retired environment a conflict with every other one', async () => {
    const { db, query } = await withKpn(dialect);
    const admin = { username: 'kpn.beheer', email: 'x@kpn.example' };
    expect(codes(await failure(addKlantadmin(db, 'NOPE', admin, write)))).toEqual([
      'notFound',
      [['acro', 'environment_not_found']],
    ]);
    expect(codes(await failure(resetKlantadminPassword(db, 'NOPE', 'kpn.beheer', write)))).toEqual([
      'notFound',
      [['acro', 'environment_not_found']],
    ]);
    await query("update environments set retired_at = '2026-11-28T10:00:00.000Z', retired_by = 'jan'");
    expect(codes(await failure(addKlantadmin(db, 'KPN', admin, dryRun)))).toEqual([
      'conflict',
      [
        ['acro', 'environment_retired'],
        ['admin.username', 'username_taken'],
      ],
    ]);
    expect(codes(await failure(resetKlantadminPassword(db, 'KPN', 'kpn.beheer', write)))).toEqual([
      'conflict',
      [['acro', 'environment_retired']],
    ]);
  });

  it('reset: the new password verifies and the old one no longer does; the expiry starts again', async () => {
    const { db, query, firstPassword } = await withKpn(dialect);
    const later = new Date('2026-12-20T08:00:00.000Z');
    const result = await resetKlantadminPassword(db, 'kpn', 'KPN.Beheer', { ...write, now: later });
    expect(result).toMatchObject({ acro: 'KPN', klantadmin: { username: 'kpn.beheer', email: 'beheer@kpn.example' } });
    const user = await storedUser(query, 'kpn.beheer');
    expect(await verifyPassword(result.klantadmin.temporaryPassword!, user.password_hash)).toBe(true);
    expect(await verifyPassword(firstPassword, user.password_hash)).toBe(false);
    expect(user.password_expires_at).toBe('2027-01-19T08:00:00.000Z');
  });

  it("reset: a leverancieradmin's user or an unknown name is not found, and nothing changes", async () => {
    const { db, snapshot } = await withKpn(dialect);
    const before = await snapshot();
    for (const username of ['jan', 'nobody']) {
      const error = await failure(resetKlantadminPassword(db, 'KPN', username, write));
      expect(codes(error)).toEqual(['notFound', [['username', 'user_not_found']]]);
    }
    expect(await snapshot()).toBe(before);
  });

  it('dry run: checked, no password made, nothing written', async () => {
    const { db, snapshot } = await withKpn(dialect);
    const before = await snapshot();
    const added = await addKlantadmin(db, 'KPN', { username: 'kpn.inkoop', email: 'i@kpn.example' }, dryRun);
    const reset = await resetKlantadminPassword(db, 'KPN', 'kpn.beheer', dryRun);
    for (const result of [added, reset]) {
      expect(result).toMatchObject({ dryRun: true, klantadmin: { temporaryPassword: null, passwordExpiresAt: null } });
    }
    expect(await snapshot()).toBe(before);
  });
});
