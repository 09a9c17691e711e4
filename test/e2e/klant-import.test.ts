/**
 * Contract, "Many environments at once: ecm klant import": every record checked before anything is written,
 * the three input formats, the dry run, --skip-existing, the password file, and an import killed part-way.
 */
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot } from '../support/database.js';
import { FILES } from '../support/paths.js';
import { environments, fileWith, form, ndjson } from './import-records.js';
import { DIALECTS, ecm, initialisedDatabase, jsonOf, problemsOf, STACK_LINE, tempDir } from './run-ecm.js';

const json = ['--output', 'json'];
const env = { ECM_USER: 'jan' };

describe.each(DIALECTS)('on %s', (dialect) => {
  describe.concurrent('ecm klant import', () => {
    it('creates nothing while any record is wrong, and names every wrong record', async () => {
      const db = await initialisedDatabase(dialect, { klanten: ['NS'] });
      const before = await snapshot(db);
      const bad = [
        form('A1'),
        { company: { acro: 'A2' } },
        form('A3'),
        form('A4', { portal: { logo: 'missing.png' } }),
      ];
      const result = await ecm(['klant', 'import', '-', ...json], { db, env, stdin: ndjson(bad) });
      expect(result.code).toBe(2);
      expect(problemsOf(result)).toEqual([
        ['records[1].company.name', 'required'],
        ['records[3].portal.logo', 'file_not_found'],
      ]);
      expect(await snapshot(db)).toBe(before);

      const missing = await ecm(['klant', 'import', '-', ...json], {
        db,
        env,
        stdin: ndjson([form('B1'), form('B2', { portal: { copyFrom: 'NOPE', copy: ['functions'] } })]),
      });
      expect([missing.code, problemsOf(missing)]).toEqual([
        4,
        [['records[1].portal.copyFrom', 'environment_not_found']],
      ]);

      const taken = await ecm(['klant', 'import', '-', ...json], {
        db,
        env,
        stdin: ndjson([form('C1'), form('ns'), { company: { acro: 'C3', name: 'x', referenceCode: 'REF-NS' } }]),
      });
      expect([taken.code, problemsOf(taken)]).toEqual([
        3,
        [
          ['records[1].company.acro', 'acro_taken'],
          ['records[2].company.referenceCode', 'reference_code_taken'],
        ],
      ]);
      expect(await snapshot(db)).toBe(before);
    });

    it('refuses a file that repeats an acro (in any case), a reference code or a klantadmin username', async () => {
      const db = await initialisedDatabase(dialect);
      const admin = (username: string) => ({ username, email: `${username}@x.example` });
      const records = [
        { company: { acro: 'KPN', name: 'k', referenceCode: 'R1' }, admin: admin('beheer') },
        { company: { acro: 'kpn', name: 'k' } },
        { company: { acro: 'NS', name: 'n', referenceCode: 'R1' }, admin: admin('Beheer') },
      ];
      const result = await ecm(['klant', 'import', '-', '--format', 'json', ...json], {
        db,
        env,
        stdin: JSON.stringify(records),
      });
      expect(result.code).toBe(2);
      expect(problemsOf(result)).toEqual([
        ['records[1].company.acro', 'duplicate_in_file'],
        ['records[2].company.referenceCode', 'duplicate_in_file'],
        ['records[2].admin.username', 'duplicate_in_file'],
      ]);
    });

    it('imports a spreadsheet CSV: BOM, Windows line ends, quoted commas, a ;-separated copy list, paths beside it', async () => {
      const db = await initialisedDatabase(dialect);
      const dir = tempDir();
      copyFileSync(join(FILES, 'portal-logo.png'), join(dir, 'logo.png'));
      const csv = [
        'company.acro,company.name,company.referenceCode,portal.copyFrom,portal.copy,portal.logo,address.street,address.houseNumber,address.postalCode,address.city',
        'KPN,"KPN, B.V.",DEB-1,,,logo.png,"Laan, oost",1,3511ab,Utrecht',
        'NS,NS,,kpn,customerSettings;functions,logo.png,,,,',
      ].join('\r\n');
      writeFileSync(join(dir, 'klanten.csv'), `\uFEFF${csv}\r\n`);
      const result = await ecm(['klant', 'import', join(dir, 'klanten.csv'), ...json], { db, env });
      expect(result.stderr).toBe('');
      const doc = jsonOf(result);
      expect(result.code).toBe(0);
      expect(doc).toMatchObject({ ok: true, created: 2, skipped: 0 });
      expect(doc.records.map((r: { acro: string; status: string }) => [r.acro, r.status])).toEqual([
        ['KPN', 'created'],
        ['NS', 'created'],
      ]);
      const kpn = jsonOf(await ecm(['klant', 'show', 'KPN', ...json], { db }));
      expect([kpn.name, kpn.referenceCode, kpn.address.street, kpn.logo.format]).toEqual([
        'KPN, B.V.',
        'DEB-1',
        'Laan, oost',
        'png',
      ]);
      expect(await environments(db)).toEqual([
        { acro: 'KPN', status: 'active', roles: expect.any(Number), audits: 1 },
        { acro: 'NS', status: 'active', roles: expect.any(Number), audits: 1 },
      ]);
    });

    it('reads a JSON array and NDJSON, creates in file order, and copies from an earlier record of the file', async () => {
      const db = await initialisedDatabase(dialect);
      const array = fileWith(
        'klanten.json',
        JSON.stringify([form('A'), form('B', { portal: { copyFrom: 'a', copy: 'all' } })]),
      );
      const fromArray = await ecm(['klant', 'import', array], { db, env });
      expect([fromArray.code, fromArray.stderr]).toEqual([0, 'created A (1/2)\ncreated B (2/2)\n']);
      expect(fromArray.stdout).toMatch(/^A\s+created\s+https:\/\/acme\.ecmanage\.nl\/a$/m);
      expect(fromArray.stdout).toContain('2 created');

      const fromLines = await ecm(['klant', 'import', '-', ...json], {
        db,
        env,
        stdin: ndjson([form('C'), form('D')]),
      });
      expect(jsonOf(fromLines)).toMatchObject({ ok: true, created: 2 });
      expect((await environments(db)).map((e) => e.acro)).toEqual(['A', 'B', 'C', 'D']);
      const audits = jsonOf(await ecm(['audit', 'list', '--action', 'klant.create', ...json], { db }));
      expect(audits.length).toBe(4);
    });

    it('--dry-run checks everything and writes nothing', async () => {
      const db = await initialisedDatabase(dialect, { klanten: ['NS'] });
      const before = await snapshot(db);
      const result = await ecm(['klant', 'import', '-', '--dry-run', '--skip-existing', ...json], {
        db,
        env,
        stdin: ndjson([form('NS'), form('KPN')]),
      });
      expect(result.code).toBe(0);
      const doc = jsonOf(result);
      expect(doc).toMatchObject({ ok: true, dryRun: true, created: 0, skipped: 1 });
      expect(doc.records.map((r: { status: string; url: string | null }) => [r.status, r.url])).toEqual([
        ['skipped', null],
        ['planned', 'https://acme.ecmanage.nl/kpn'],
      ]);
      expect(await snapshot(db)).toBe(before);
    });

    it('--password-file writes acro,username,password,expiresAt (0600); --show-password puts them in the JSON', async () => {
      const db = await initialisedDatabase(dialect);
      const records = ndjson([
        form('A', { admin: { username: 'a.beheer', email: 'a@x.example' } }),
        form('B'),
        form('C', { admin: { username: 'c.beheer', email: 'c@x.example' } }),
      ]);
      const path = join(tempDir(), 'pw.csv');
      const result = await ecm(['klant', 'import', '-', '--password-file', path, ...json], { db, env, stdin: records });
      const doc = jsonOf(result);
      expect(doc.records[0].klantadmin).toMatchObject({ username: 'a.beheer', temporaryPassword: null });
      expect(doc.records[1].klantadmin).toBeNull();
      expect(statSync(path).mode & 0o777).toBe(0o600);
      const lines = readFileSync(path, 'utf8').trim().split('\n');
      expect(lines[0]).toBe('acro,username,password,expiresAt');
      expect(lines.slice(1).map((l) => l.split(',').slice(0, 2))).toEqual([
        ['A', 'a.beheer'],
        ['C', 'c.beheer'],
      ]);
      expect(lines[1]!.split(',')[3]).toBe(doc.records[0].klantadmin.passwordExpiresAt);

      const again = await ecm(['klant', 'import', '-', '--password-file', path, ...json], {
        db,
        env,
        stdin: ndjson([form('D')]),
      });
      expect([again.code, problemsOf(again)]).toEqual([2, [[null, 'password_file_exists']]]);

      const shown = await ecm(['klant', 'import', '-', '--show-password', ...json], {
        db,
        env,
        stdin: ndjson([form('E', { admin: { username: 'e.beheer', email: 'e@x.example' } })]),
      });
      expect(jsonOf(shown).records[0].klantadmin.temporaryPassword).toMatch(/^.{12,}$/);
    });

    it('an import killed part-way leaves only whole environments, and --skip-existing finishes it', async () => {
      const db = await initialisedDatabase(dialect);
      const acros = Array.from({ length: 30 }, (_, i) => `K${i}`);
      const file = fileWith('klanten.ndjson', ndjson(acros.map((a) => form(a))));
      const killed = await ecm(['klant', 'import', file], {
        db,
        env,
        onStderr: (text, child) => {
          if ((text.match(/^created /gm) ?? []).length >= 3) child.kill('SIGKILL');
        },
      });
      expect(killed.signal).toBe('SIGKILL');
      const partial = await environments(db);
      expect(partial.length).toBeGreaterThanOrEqual(3);
      expect(partial.length).toBeLessThan(30);
      for (const e of partial) expect(e).toMatchObject({ status: 'active', audits: 1 });
      expect(partial.every((e) => e.roles > 0)).toBe(true);

      const resumed = await ecm(['klant', 'import', file, '--skip-existing', ...json], { db, env });
      expect(jsonOf(resumed)).toMatchObject({ ok: true, created: 30 - partial.length, skipped: partial.length });
      const all = await environments(db);
      expect(all.map((e) => e.acro)).toEqual(acros);
      expect(all.every((e) => e.status === 'active' && e.roles === partial[0]!.roles && e.audits === 1)).toBe(true);
    });

    it('Ctrl-C stops after the environment being created: exit 130, whole environments only', async () => {
      const db = await initialisedDatabase(dialect);
      const file = fileWith('klanten.ndjson', ndjson(Array.from({ length: 30 }, (_, i) => form(`S${i}`))));
      let sent = false;
      const stopped = await ecm(['klant', 'import', file], {
        db,
        env,
        onStderr: (text, child) => {
          if (!sent && text.includes('created S1 ')) child.kill('SIGINT');
          sent ||= text.includes('created S1 ');
        },
      });
      expect(stopped.code).toBe(130);
      expect(stopped.stdout).toMatch(/not_attempted/);
      const left = await environments(db);
      expect(left.length).toBeLessThan(30);
      for (const e of left) expect(e).toMatchObject({ status: 'active', audits: 1 });
    });

    it('names an NDJSON line that is not JSON, and refuses a JSON file that is not an array', async () => {
      const db = await initialisedDatabase(dialect);
      const lines = await ecm(['klant', 'import', '-', ...json], { db, env, stdin: '{"company":{}}\n{oops\n' });
      expect([lines.code, problemsOf(lines)]).toEqual([2, [['records[1]', 'import_invalid']]]);
      const object = await ecm(['klant', 'import', '-', '--format', 'json', ...json], { db, env, stdin: '{}' });
      expect([object.code, problemsOf(object)]).toEqual([2, [[null, 'import_invalid']]]);
    });

    it('refuses a CSV header that is no dot path, and takes __proto__ as an unknown key, not a prototype', async () => {
      const db = await initialisedDatabase(dialect);
      const csv = ['--format', 'csv', ...json];
      const section = await ecm(['klant', 'import', '-', ...csv], {
        db,
        env,
        stdin: 'company,company.acro,company.name\nx,KPN,KPN B.V.\n',
      });
      expect([section.code, problemsOf(section)]).toEqual([2, [[null, 'import_invalid']]]);
      const proto = await ecm(['klant', 'import', '-', ...csv], {
        db,
        env,
        stdin: 'company.acro,company.name,__proto__.polluted\nKPN,KPN B.V.,yes\n',
      });
      expect([proto.code, problemsOf(proto)]).toEqual([2, [['records[0].__proto__', 'unknown_key']]]);
      expect(proto.stderr).not.toMatch(STACK_LINE);
    });
  });
});
