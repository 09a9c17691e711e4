/**
 * Contract, "After the create": `ecm audit list`, the audit trail read back newest first.
 */
import { describe, expect, it } from 'vitest';
import { query } from '../support/database.js';
import { DIALECTS, ecm, initialisedDatabase, jsonOf, problemsOf } from './run-ecm.js';

const json = ['--output', 'json'];

type Entry = { at: string; operator: string; action: string; acro: string | null; details: Record<string, unknown> };

const audit = async (db: string, ...args: string[]): Promise<Entry[]> => {
  const result = await ecm(['audit', 'list', ...args, ...json], { db });
  expect([result.code, result.stderr]).toEqual([0, '']);
  return jsonOf(result);
};

describe.each(DIALECTS)('on %s', (dialect) => {
  describe.concurrent('ecm audit list', () => {
    it('lists every write newest first, with exactly the contract’s keys', async () => {
      const db = await initialisedDatabase(dialect, { admins: ['piet'], klanten: ['KPN'] });
      await ecm(['klant', 'retire', 'KPN', '--yes'], { db, env: { ECM_USER: 'piet' } });
      await ecm(['klant', 'reactivate', 'KPN'], { db, env: { ECM_USER: 'jan' } });
      const entries = await audit(db);
      for (const entry of entries) expect(Object.keys(entry)).toEqual(['at', 'operator', 'action', 'acro', 'details']);
      expect(entries.map((e) => [e.action, e.operator, e.acro])).toEqual([
        ['klant.reactivate', 'jan', 'KPN'],
        ['klant.retire', 'piet', 'KPN'],
        ['klant.create', 'jan', 'KPN'],
        ['leverancieradmin.add', 'jan', null],
        ['supplier.init', 'jan', null],
      ]);
      const times = entries.map((e) => e.at);
      expect(times).toEqual([...times].sort().reverse());
      expect(entries[3]!.details).toEqual({ username: 'piet', email: 'piet@acme.example' });
      expect(entries[0]!.details).toEqual({ retiredAt: expect.any(String), retiredBy: 'piet' });
    });

    it('filters by environment (any case) and by action, and limits; the filters combine', async () => {
      const db = await initialisedDatabase(dialect, { klanten: ['KPN', 'NS'] });
      await ecm(['klant', 'retire', 'NS', '--yes'], { db });
      await ecm(['klant', 'retire', 'KPN', '--yes'], { db });
      expect((await audit(db, '--klant', 'ns')).map((e) => [e.action, e.acro])).toEqual([
        ['klant.retire', 'NS'],
        ['klant.create', 'NS'],
      ]);
      expect((await audit(db, '--action', 'klant.create')).map((e) => e.acro)).toEqual(['NS', 'KPN']);
      expect((await audit(db, '--action', 'klant.retire', '--klant', 'KPN')).map((e) => e.acro)).toEqual(['KPN']);
      expect((await audit(db, '--limit', '2')).map((e) => [e.action, e.acro])).toEqual([
        ['klant.retire', 'KPN'],
        ['klant.retire', 'NS'],
      ]);
      expect(await audit(db, '--action', 'klantadmin.add')).toEqual([]);
    });

    it('shows at most 50 records unless --limit says otherwise', async () => {
      const db = await initialisedDatabase(dialect, { klanten: ['KPN'] });
      // 50 more records written straight into the trail (spawning 50 commands takes too long): 52 in all.
      const rows = Array.from(
        { length: 50 },
        (_, i) => `('klant.retire', 'jan', '2026-01-01T00:00:${String(i).padStart(2, '0')}.000Z', '{}')`,
      );
      await query(db, `insert into audit_log (action, actor, at, input) values ${rows.join(', ')}`);
      const latest = await audit(db);
      expect(latest).toHaveLength(50);
      expect(latest.slice(0, 2).map((e) => e.action)).toEqual(['klant.create', 'supplier.init']);
      expect(await audit(db, '--limit', '1000')).toHaveLength(52);
    });

    it('never holds a password or its hash', async () => {
      const db = await initialisedDatabase(dialect);
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
        { db },
      );
      const password: string = jsonOf(created).klantadmin.temporaryPassword;
      expect(password.length).toBeGreaterThan(8);
      const [row] = await query<{ password_hash: string }>(
        db,
        "select password_hash from users where username = 'kpn.beheer'",
      );
      const hash = row!.password_hash;
      expect(hash.length).toBeGreaterThan(20);
      const text = JSON.stringify(await audit(db));
      expect(text).toContain('kpn.beheer');
      expect(text).not.toContain(password);
      expect(text).not.toContain(hash);
    });

    it('refuses an unknown action and a limit that is no positive whole number: exit 2, naming both', async () => {
      const db = await initialisedDatabase(dialect);
      for (const limit of ['0', '-3', '2.5', 'all']) {
        const result = await ecm(['audit', 'list', '--limit', limit, ...json], { db });
        expect([result.code, problemsOf(result)]).toEqual([2, [['limit', 'invalid_value']]]);
      }
      const both = await ecm(
        ['audit', 'list', '--action', 'klant.delete', '--limit', '0', '--klant', 'NOPE', ...json],
        {
          db,
        },
      );
      expect([both.code, problemsOf(both)]).toEqual([
        2,
        [
          ['action', 'invalid_value'],
          ['limit', 'invalid_value'],
        ],
      ]);
    });

    it('--klant naming no environment is exit 4 environment_not_found', async () => {
      const db = await initialisedDatabase(dialect, { klanten: ['KPN'] });
      const result = await ecm(['audit', 'list', '--klant', 'KPNX', ...json], { db });
      expect([result.code, problemsOf(result)]).toEqual([4, [['klant', 'environment_not_found']]]);
    });

    it('prints a table for people, newest first', async () => {
      const db = await initialisedDatabase(dialect, { klanten: ['KPN'] });
      const result = await ecm(['audit', 'list', '--no-color'], { db });
      expect(result.code).toBe(0);
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^at\s+operator\s+action\s+acro\s+details$/);
      // The time as people read it, in the local zone (its form is tested in language.test.ts).
      const at = String.raw`\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d\d:\d\d`;
      expect(lines[1]).toMatch(new RegExp(String.raw`^${at}\s+jan\s+klant\.create\s+KPN\s+\{"company":\{"acro":"KPN"`));
      expect(lines[2]).toMatch(new RegExp(String.raw`^${at}\s+jan\s+supplier\.init\s+—\s+\{"supplier":"acme"`));
      expect(lines).toHaveLength(3);
    });
  });
});
