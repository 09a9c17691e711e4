/**
 * Contract, "After the create": `klant retire` and `klant reactivate`, and what a retired environment still
 * takes and refuses elsewhere (list, show, create, copy-from, leverancieradmin add).
 */
import { describe, expect, it } from 'vitest';
import { snapshot } from '../support/database.js';
import { DIALECTS, ecm, failureOf, initialisedDatabase, jsonOf, problemsOf } from './run-ecm.js';

const json = ['--output', 'json'];
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

async function statusOf(db: string, acro: string) {
  const { status, retiredAt, retiredBy } = jsonOf(await ecm(['klant', 'show', acro, ...json], { db }));
  return { status, retiredAt, retiredBy };
}

describe.each(DIALECTS)('on %s', (dialect) => {
  describe.concurrent('ecm klant retire', () => {
    it('without a terminal needs --yes: exit 2 confirmation_required, nothing changed', async () => {
      const db = await initialisedDatabase(dialect, { klanten: ['KPN'] });
      const before = await snapshot(db);
      const result = await ecm(['klant', 'retire', 'KPN', ...json], { db });
      expect(result.code).toBe(2);
      expect(problemsOf(result)).toEqual([[null, 'confirmation_required']]);
      expect(await snapshot(db)).toBe(before);
    });

    it('with --yes retires it (any case of the acro); a second retire is exit 0 with changed false', async () => {
      const db = await initialisedDatabase(dialect, { klanten: ['KPN', 'NS'] });
      const result = await ecm(['klant', 'retire', 'kpn', '--yes', ...json], { db });
      expect([result.code, result.stderr]).toEqual([0, '']);
      const doc = jsonOf(result);
      expect(Object.keys(doc)).toEqual(['ok', 'klant', 'changed']);
      expect(doc).toMatchObject({
        ok: true,
        changed: true,
        klant: { acro: 'KPN', status: 'retired', retiredBy: 'jan' },
      });
      expect(Object.keys(doc.klant)).toEqual(['acro', 'status', 'retiredAt', 'retiredBy']);
      expect(doc.klant.retiredAt).toMatch(ISO);
      expect(await statusOf(db, 'KPN')).toEqual({
        status: 'retired',
        retiredAt: doc.klant.retiredAt,
        retiredBy: 'jan',
      });

      const again = await ecm(['klant', 'retire', 'KPN', '--yes', ...json], { db });
      expect(again.code).toBe(0);
      expect(jsonOf(again)).toEqual({ ok: true, klant: doc.klant, changed: false });

      const listed = (status: string) =>
        ecm(['klant', 'list', '--status', status, ...json], { db }).then((r) =>
          jsonOf(r).map((k: { acro: string; status: string }) => [k.acro, k.status]),
        );
      expect(await listed('retired')).toEqual([['KPN', 'retired']]);
      expect(await listed('active')).toEqual([['NS', 'active']]);
      expect(await listed('all')).toEqual([
        ['KPN', 'retired'],
        ['NS', 'active'],
      ]);
    });

    it('acts as the operator ECM_USER names; with several and none named it is exit 2', async () => {
      const db = await initialisedDatabase(dialect, { admins: ['piet'], klanten: ['KPN'] });
      const refused = await ecm(['klant', 'retire', 'KPN', '--yes', ...json], { db });
      expect([refused.code, problemsOf(refused)]).toEqual([2, [[null, 'operator_required']]]);
      const result = await ecm(['klant', 'retire', 'KPN', '--yes', ...json], { db, env: { ECM_USER: 'piet' } });
      expect(jsonOf(result).klant.retiredBy).toBe('piet');
    });

    it('--dry-run checks and reports, writes nothing, and needs no --yes', async () => {
      const db = await initialisedDatabase(dialect, { klanten: ['KPN'] });
      const before = await snapshot(db);
      const result = await ecm(['klant', 'retire', 'KPN', '--dry-run', ...json], { db });
      expect(result.code).toBe(0);
      expect(jsonOf(result)).toMatchObject({
        ok: true,
        klant: { acro: 'KPN', status: 'retired', retiredBy: 'jan' },
        changed: true,
        dryRun: true,
      });
      expect(await snapshot(db)).toBe(before);
      const missing = await ecm(['klant', 'retire', 'NOPE', '--dry-run', ...json], { db });
      expect([missing.code, problemsOf(missing)]).toEqual([4, [['acro', 'environment_not_found']]]);
    });

    it('an unknown acro is exit 4 environment_not_found', async () => {
      const db = await initialisedDatabase(dialect, { klanten: ['KPN'] });
      const result = await ecm(['klant', 'retire', 'KPNX', '--yes', ...json], { db });
      expect([result.code, problemsOf(result)]).toEqual([4, [['acro', 'environment_not_found']]]);
    });

    it('says in words what happened', async () => {
      const db = await initialisedDatabase(dialect, { klanten: ['KPN'] });
      const first = await ecm(['klant', 'retire', 'KPN', '--yes', '--no-color'], { db });
      expect([first.code, first.stdout]).toEqual([0, '✔ Klantomgeving KPN retired\n']);
      const again = await ecm(['klant', 'retire', 'KPN', '--yes'], { db });
      expect(again.stdout).toBe('Klantomgeving KPN was already retired; nothing changed\n');
      const back = await ecm(['klant', 'reactivate', 'KPN', '--no-color'], { db });
      expect(back.stdout).toBe('✔ Klantomgeving KPN reactivated\n');
    });
  });

  describe.concurrent('ecm klant reactivate', () => {
    it('opens a retired environment again without asking; a second time is changed false', async () => {
      const db = await initialisedDatabase(dialect, { klanten: ['KPN'] });
      await ecm(['klant', 'retire', 'KPN', '--yes'], { db });
      const result = await ecm(['klant', 'reactivate', 'kpn', ...json], { db });
      expect([result.code, result.stderr]).toEqual([0, '']);
      const active = { acro: 'KPN', status: 'active', retiredAt: null, retiredBy: null };
      expect(jsonOf(result)).toEqual({ ok: true, klant: active, changed: true });
      expect(await statusOf(db, 'KPN')).toEqual({ status: 'active', retiredAt: null, retiredBy: null });
      const again = await ecm(['klant', 'reactivate', 'KPN', ...json], { db });
      expect([again.code, jsonOf(again)]).toEqual([0, { ok: true, klant: active, changed: false }]);
    });

    it('--dry-run writes nothing; an unknown acro is exit 4', async () => {
      const db = await initialisedDatabase(dialect, { klanten: ['KPN'] });
      await ecm(['klant', 'retire', 'KPN', '--yes'], { db });
      const before = await snapshot(db);
      const result = await ecm(['klant', 'reactivate', 'KPN', '--dry-run', ...json], { db });
      expect(jsonOf(result)).toEqual({
        ok: true,
        klant: { acro: 'KPN', status: 'active', retiredAt: null, retiredBy: null },
        changed: true,
        dryRun: true,
      });
      expect(await snapshot(db)).toBe(before);
      const missing = await ecm(['klant', 'reactivate', 'NOPE', ...json], { db });
      expect([missing.code, problemsOf(missing)]).toEqual([4, [['acro', 'environment_not_found']]]);
    });
  });

  describe.concurrent('a retired environment elsewhere', () => {
    it('keeps its acro and reference code taken: a create with them is exit 3', async () => {
      const db = await initialisedDatabase(dialect, { klanten: ['KPN'] });
      await ecm(['klant', 'retire', 'KPN', '--yes'], { db });
      const result = await ecm(
        ['klant', 'create', '--acro', 'kpn', '--name', 'Other', '--reference-code', 'REF-KPN', '--no-input', ...json],
        { db },
      );
      expect([result.code, problemsOf(result)]).toEqual([
        3,
        [
          ['company.acro', 'acro_taken'],
          ['company.referenceCode', 'reference_code_taken'],
        ],
      ]);
    });

    it('is no copy source: exit 3 environment_retired; once reactivated it is again', async () => {
      const db = await initialisedDatabase(dialect, { klanten: ['NS'] });
      await ecm(['klant', 'retire', 'NS', '--yes'], { db });
      const before = await snapshot(db);
      const args = ['klant', 'create', '--acro', 'KPN', '--name', 'KPN', '--copy-from', 'ns', '--copy', 'all'];
      const refused = await ecm([...args, '--no-input', ...json], { db });
      expect([refused.code, problemsOf(refused)]).toEqual([3, [['portal.copyFrom', 'environment_retired']]]);
      expect(failureOf(refused)[0]!.message).toMatch(/NS is retired/);
      expect(await snapshot(db)).toBe(before);
      await ecm(['klant', 'reactivate', 'NS'], { db });
      expect((await ecm([...args, '--no-input', ...json], { db })).code).toBe(0);
    });

    it('still receives a leverancieradmin added later', async () => {
      const db = await initialisedDatabase(dialect, { klanten: ['KPN', 'NS'] });
      await ecm(['klant', 'retire', 'KPN', '--yes'], { db });
      const added = await ecm(
        ['leverancieradmin', 'add', '--username', 'piet', '--email', 'piet@acme.example', ...json],
        {
          db,
        },
      );
      expect(jsonOf(added)).toMatchObject({ ok: true, environments: 2 });
      const users = jsonOf(await ecm(['klant', 'show', 'KPN', ...json], { db })).users;
      expect(users).toContainEqual({ username: 'piet', email: 'piet@acme.example', role: 'leverancieradmin' });
    });
  });
});
