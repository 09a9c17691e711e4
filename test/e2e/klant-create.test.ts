/**
 * Contract, "ecm klant create": input by flags, by `--json <file>` and by `--json -`, copying, the dry run,
 * and the result document with every key the contract fixes.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../src/klant/categories.js';
import { snapshot } from '../support/database.js';
import { FILES } from '../support/paths.js';
import { DIALECTS, ecm, initialisedDatabase, jsonOf, problemsOf, tempDir } from './run-ecm.js';

const json = ['--output', 'json'];
const STEP_IDS = [
  'validate',
  'environment',
  'files',
  'department',
  'defaults',
  'copy',
  'template',
  'leverancieradmins',
  'klantadmin',
  'activate',
];
const DAY_MS = 24 * 60 * 60 * 1000;

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const facts = (path: string) => ({ bytes: statSync(path).size, sha256: sha256(path) });

/** Every flag of the form, given. */
const allFlags = (copy: string) => [
  'klant',
  'create',
  '--no-input',
  '--acro',
  'KPN',
  '--name',
  'KPN B.V.',
  '--reference-code',
  'DEB-1001',
  '--email-logo',
  join(FILES, 'email-logo-large.png'),
  '--size-instructions',
  join(FILES, 'maattabel.pdf'),
  '--admin-username',
  'KPN.Beheer',
  '--admin-email',
  'beheer@kpn.example',
  '--copy-from',
  'ns',
  '--copy',
  copy,
  '--logo',
  join(FILES, 'portal-logo.png'),
  '--template',
  'donker',
  '--street',
  'Wilhelminakade',
  '--house-number',
  '91',
  '--house-number-addition',
  'A',
  '--postal-code',
  '3072ap',
  '--city',
  'Rotterdam',
  '--country',
  'nl',
  '--attention',
  'Facilitair bedrijf',
  '--phone',
  '+31 10 123 4567',
];

describe.each(DIALECTS)('on %s', (dialect) => {
  let nsSettings: Promise<Record<string, number>> | null = null;

  /** A database with leverancieradmins jan and piet and the environment NS, with the row counts of NS. */
  async function withNs(): Promise<{ db: string; settings: Record<string, number> }> {
    const db = await initialisedDatabase(dialect, { admins: ['piet'], klanten: ['NS'] });
    nsSettings ??= ecm(['klant', 'show', 'NS', ...json], { db }).then((shown) => jsonOf(shown).settings);
    return { db, settings: await nsSettings };
  }

  describe.concurrent('input by flags, without a terminal', () => {
    it('every flag, with --no-input: the whole result as the contract fixes it', async () => {
      const { db, settings } = await withNs();
      const result = await ecm([...allFlags('customerSettings, emailSettings'), '--as', 'piet', ...json], { db });
      expect([result.code, result.stderr]).toEqual([0, '']);
      const doc = jsonOf(result);
      expect(Object.keys(doc).sort()).toEqual(
        ['ok', 'klant', 'klantadmin', 'leverancieradmins', 'copied', 'steps', 'warnings'].sort(),
      );
      expect(doc.ok).toBe(true);
      expect(doc.klant).toEqual({
        acro: 'KPN',
        name: 'KPN B.V.',
        referenceCode: 'DEB-1001',
        url: 'https://acme.ecmanage.nl/kpn',
        template: 'donker',
        emailLogo: { format: 'png', width: 1200, height: 200, ...facts(join(FILES, 'email-logo-large.png')) },
        logo: { format: 'png', width: 120, height: 90, bytes: expect.any(Number), sha256: expect.any(String) },
        sizeInstructions: { pages: 2, ...facts(join(FILES, 'maattabel.pdf')) },
        address: {
          street: 'Wilhelminakade',
          houseNumber: '91',
          houseNumberAddition: 'A',
          postalCode: '3072 AP',
          city: 'Rotterdam',
          country: 'NL',
          attention: 'Facilitair bedrijf',
          phone: '+31 10 123 4567',
        },
        createdAt: expect.any(String),
        createdBy: 'piet',
      });
      // The portal logo is described as stored: scaled down, so not the original file.
      expect(doc.klant.logo.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(doc.klant.logo.sha256).not.toBe(sha256(join(FILES, 'portal-logo.png')));
      const createdAt = Date.parse(doc.klant.createdAt);
      expect(new Date(createdAt).toISOString()).toBe(doc.klant.createdAt);
      expect(Math.abs(Date.now() - createdAt)).toBeLessThan(60_000);
      expect(doc.klantadmin).toEqual({
        username: 'kpn.beheer',
        email: 'beheer@kpn.example',
        role: 'klantadmin',
        temporaryPassword: null,
        passwordExpiresAt: new Date(createdAt + 30 * DAY_MS).toISOString(),
        mustChangePassword: true,
      });
      expect(doc.leverancieradmins).toEqual(['jan', 'piet']);
      expect(doc.copied).toEqual({
        customerSettings: settings.customerSettings,
        emailSettings: settings.emailSettings,
      });
      expect(doc.steps.map((s: { id: string }) => s.id)).toEqual(STEP_IDS);
      for (const step of doc.steps) {
        expect(step).toEqual({ id: step.id, status: 'done', durationMs: expect.any(Number) });
        expect(Number.isInteger(step.durationMs) && step.durationMs >= 0).toBe(true);
      }
      expect(doc.warnings).toEqual([{ code: 'email_logo_too_large', message: expect.any(String) }]);
    });

    it('only the required flags: absent parts are null, copied is {}, skipped steps give a reason', async () => {
      const db = await initialisedDatabase(dialect);
      const result = await ecm(['klant', 'create', '--acro', 'ns', '--name', ' Nederlandse Spoorwegen ', ...json], {
        db,
      });
      expect([result.code, result.stderr]).toEqual([0, '']);
      const doc = jsonOf(result);
      expect(doc.klant).toMatchObject({
        acro: 'ns',
        name: 'Nederlandse Spoorwegen',
        referenceCode: null,
        url: 'https://acme.ecmanage.nl/ns',
        template: 'standaard',
        emailLogo: null,
        logo: null,
        sizeInstructions: null,
        address: null,
        createdBy: 'jan',
      });
      expect(doc.klantadmin).toBeNull();
      expect(doc.leverancieradmins).toEqual(['jan']);
      expect(doc.copied).toEqual({});
      expect(doc.warnings).toEqual([]);
      expect(doc.steps.map((s: { id: string }) => s.id)).toEqual(STEP_IDS);
      const skipped = doc.steps.filter((s: { status: string }) => s.status === 'skipped');
      expect(skipped.map((s: { id: string }) => s.id)).toEqual(['files', 'copy', 'klantadmin']);
      for (const step of skipped) {
        expect(step).toEqual({ id: step.id, status: 'skipped', reason: expect.any(String), durationMs: 0 });
        expect(step.reason).not.toBe('');
      }
    });

    it('an address with only its required keys: the optional ones are null, the country NL', async () => {
      const db = await initialisedDatabase(dialect);
      const args = ['--street', 'Laan', '--house-number', '1', '--postal-code', '3511 ER', '--city', 'Utrecht'];
      const result = await ecm(['klant', 'create', '--acro', 'NS', '--name', 'NS', ...args, ...json], { db });
      expect(jsonOf(result).klant.address).toEqual({
        street: 'Laan',
        houseNumber: '1',
        houseNumberAddition: null,
        postalCode: '3511 ER',
        city: 'Utrecht',
        country: 'NL',
        attention: null,
        phone: null,
      });
    });

    it('a JPEG logo that fits is stored as it is; an e-mail logo of 600×100 gives no warning', async () => {
      const db = await initialisedDatabase(dialect);
      const result = await ecm(
        [
          'klant',
          'create',
          '--acro',
          'NS',
          '--name',
          'NS',
          '--logo',
          join(FILES, 'logo.jpg'),
          '--email-logo',
          join(FILES, 'email-logo.png'),
          ...json,
        ],
        { db },
      );
      expect(result.code).toBe(0);
      const doc = jsonOf(result);
      expect(doc.klant.logo).toEqual({ format: 'jpeg', width: 340, height: 80, ...facts(join(FILES, 'logo.jpg')) });
      expect(doc.klant.emailLogo).toEqual({
        format: 'png',
        width: 600,
        height: 100,
        ...facts(join(FILES, 'email-logo.png')),
      });
      expect(doc.warnings).toEqual([]);
    });

    it('relative file paths are taken from the working directory', async () => {
      const db = await initialisedDatabase(dialect);
      const dir = tempDir();
      copyFileSync(join(FILES, 'logo.jpg'), join(dir, 'mijn-logo.jpg'));
      const result = await ecm(
        ['klant', 'create', '--acro', 'NS', '--name', 'NS', '--logo', 'mijn-logo.jpg', ...json],
        {
          db,
          cwd: dir,
        },
      );
      expect(result.code).toBe(0);
      expect(jsonOf(result).klant.logo.sha256).toBe(sha256(join(FILES, 'logo.jpg')));
    });
  });

  describe.concurrent('input by --json', () => {
    /** A folder with the sample files below files/, as a form refers to them. */
    function folderWithFiles(): string {
      const dir = tempDir();
      mkdirSync(join(dir, 'files'));
      for (const name of ['email-logo.png', 'portal-logo.png', 'maattabel.pdf']) {
        copyFileSync(join(FILES, name), join(dir, 'files', name));
      }
      return dir;
    }

    const form = {
      company: {
        acro: 'KPN',
        name: 'KPN B.V.',
        referenceCode: 'DEB-1001',
        emailLogo: 'files/email-logo.png',
        sizeInstructions: 'files/maattabel.pdf',
      },
      admin: { username: 'kpn.beheer', email: 'beheer@kpn.example' },
      portal: {
        copyFrom: 'Ns',
        copy: ['customerSettings', 'permissions'],
        logo: 'files/portal-logo.png',
        template: null,
      },
      address: { street: 'Wilhelminakade', houseNumber: 91, postalCode: '3072 AP', city: 'Rotterdam', phone: null },
    };

    it('from a file: relative paths are taken from the JSON file’s folder, not the working directory', async () => {
      const { db, settings } = await withNs();
      const dir = folderWithFiles();
      writeFileSync(join(dir, 'kpn.json'), JSON.stringify(form));
      const result = await ecm(['klant', 'create', '--json', join(dir, 'kpn.json'), '--as', 'jan'], {
        db,
        cwd: tempDir(),
      });
      expect([result.code, result.stderr]).toEqual([0, '']);
      const doc = jsonOf(result);
      expect(doc.klant.emailLogo.sha256).toBe(sha256(join(FILES, 'email-logo.png')));
      expect(doc.klant.sizeInstructions).toEqual({ pages: 2, ...facts(join(FILES, 'maattabel.pdf')) });
      expect(doc.klant.logo).toMatchObject({ width: 120, height: 90 });
      expect(doc.klant.address).toMatchObject({ houseNumber: '91', houseNumberAddition: null, country: 'NL' });
      expect(doc.copied).toEqual({ customerSettings: settings.customerSettings, permissions: settings.permissions });
      expect(doc.klantadmin.username).toBe('kpn.beheer');
    });

    it('from a file given by a relative path', async () => {
      const { db } = await withNs();
      const dir = folderWithFiles();
      mkdirSync(join(dir, 'forms'));
      const moved = { ...form, company: { ...form.company, emailLogo: '../files/email-logo.png' } };
      writeFileSync(join(dir, 'forms', 'kpn.json'), JSON.stringify({ company: moved.company }));
      const result = await ecm(['klant', 'create', '--json', 'forms/kpn.json', '--as', 'jan'], { db, cwd: dir });
      expect(result.code, result.stdout).toBe(2);
      // sizeInstructions still says files/…, which is not beside forms/kpn.json: proof of where paths are taken from.
      expect(problemsOf(result)).toEqual([['company.sizeInstructions', 'file_not_found']]);
    });

    it('from standard input: relative paths are taken from the working directory', async () => {
      const { db } = await withNs();
      const dir = folderWithFiles();
      const result = await ecm(['klant', 'create', '--json', '-', '--as', 'jan'], {
        db,
        cwd: dir,
        stdin: JSON.stringify(form),
      });
      expect([result.code, result.stderr]).toEqual([0, '']);
      expect(jsonOf(result).klant.emailLogo.sha256).toBe(sha256(join(FILES, 'email-logo.png')));
      const elsewhere = await ecm(['klant', 'create', '--json', '-', '--as', 'jan'], {
        db,
        cwd: tempDir(),
        stdin: JSON.stringify({ ...form, company: { ...form.company, acro: 'KPN2', referenceCode: null } }),
      });
      expect(elsewhere.code).toBe(2);
      expect(problemsOf(elsewhere).sort()).toEqual([
        ['company.emailLogo', 'file_not_found'],
        ['company.sizeInstructions', 'file_not_found'],
        ['portal.logo', 'file_not_found'],
      ]);
    });

    it('optional sections may be left out, null or {}', async () => {
      const db = await initialisedDatabase(dialect);
      const forms = [
        { company: { acro: 'A1', name: 'A' } },
        { company: { acro: 'A2', name: 'A', referenceCode: null }, admin: null, portal: null, address: null },
        { company: { acro: 'A3', name: 'A' }, admin: {}, portal: {}, address: {} },
      ];
      for (const f of forms) {
        const result = await ecm(['klant', 'create', '--json', '-'], { db, stdin: JSON.stringify(f) });
        expect(result.code).toBe(0);
        expect(jsonOf(result)).toMatchObject({ klantadmin: null, copied: {}, klant: { address: null, logo: null } });
      }
    });

    it('admin needs both keys; copyFrom and copy go together; copy is a non-empty list or "all"', async () => {
      const db = await initialisedDatabase(dialect);
      const company = { acro: 'KPN', name: 'KPN' };
      const cases: [unknown, [string | null, string][]][] = [
        [{ company, admin: { username: 'x' } }, [['admin.email', 'required']]],
        [{ company, admin: { email: 'x@y.nl' } }, [['admin.username', 'required']]],
        [{ company, portal: { copyFrom: 'NS' } }, [['portal.copy', 'required']]],
        [{ company, portal: { copy: 'all' } }, [['portal.copyFrom', 'required']]],
        [{ company, portal: { copyFrom: 'NS', copy: [] } }, [['portal.copy', 'copy_empty']]],
        [{ company, portal: { copyFrom: 'NS', copy: 'everything' } }, [['portal.copy', 'invalid_value']]],
        [{ company, portal: { copyFrom: 'NS', copy: ['sets'] } }, [['portal.copy', 'copy_requires_category']]],
      ];
      for (const [input, problems] of cases) {
        const result = await ecm(['klant', 'create', '--json', '-'], { db, stdin: JSON.stringify(input) });
        expect(result.code, JSON.stringify(input)).toBe(2);
        expect(problemsOf(result)).toEqual(problems);
      }
    });
  });

  describe.concurrent('copying from another environment', () => {
    it('copy "all" takes every category, the source matched ignoring case', async () => {
      const { db, settings } = await withNs();
      const result = await ecm(
        [
          'klant',
          'create',
          '--acro',
          'KPN',
          '--name',
          'KPN',
          '--copy-from',
          'nS',
          '--copy',
          'all',
          '--as',
          'jan',
          ...json,
        ],
        { db },
      );
      expect(result.code).toBe(0);
      const doc = jsonOf(result);
      expect(Object.keys(doc.copied)).toEqual([...CATEGORY_IDS]);
      expect(doc.copied).toEqual(settings);
      const shown = jsonOf(await ecm(['klant', 'show', 'KPN', ...json], { db }));
      expect(shown.settings).toEqual(settings);
    });

    it('every category id is accepted, by flag and by JSON', async () => {
      const { db, settings } = await withNs();
      const byFlag = await ecm(
        [
          'klant',
          'create',
          '--acro',
          'K1',
          '--name',
          'K',
          '--copy-from',
          'NS',
          '--copy',
          CATEGORY_IDS.join(','),
          '--as',
          'jan',
          ...json,
        ],
        { db },
      );
      expect(jsonOf(byFlag).copied).toEqual(settings);
      const byJson = await ecm(['klant', 'create', '--json', '-', '--as', 'jan'], {
        db,
        stdin: JSON.stringify({
          company: { acro: 'K2', name: 'K' },
          portal: { copyFrom: 'ns', copy: [...CATEGORY_IDS].reverse() },
        }),
      });
      expect(jsonOf(byJson).copied).toEqual(settings);
    });
  });

  describe.concurrent('--dry-run', () => {
    it('checks everything, shows the plan with the counts to copy, writes nothing', async () => {
      const { db, settings } = await withNs();
      const before = await snapshot(db);
      const passwordFile = join(tempDir(), 'kpn.pw');
      const result = await ecm(
        [...allFlags('all'), '--dry-run', '--password-file', passwordFile, '--as', 'jan', ...json],
        {
          db,
        },
      );
      expect([result.code, result.stderr]).toEqual([0, '']);
      const doc = jsonOf(result);
      expect(doc).toMatchObject({ ok: true, dryRun: true });
      expect(doc.steps.map((s: { id: string }) => s.id)).toEqual(STEP_IDS);
      expect(doc.copy).toEqual(settings);
      expect(await snapshot(db)).toBe(before);
      expect(existsSync(passwordFile)).toBe(false);
    });

    it('without copying, the copy is {} and the steps that would do nothing say why', async () => {
      const db = await initialisedDatabase(dialect);
      const before = await snapshot(db);
      const result = await ecm(['klant', 'create', '--acro', 'NS', '--name', 'NS', '--dry-run', ...json], { db });
      expect(result.code).toBe(0);
      const doc = jsonOf(result);
      expect(doc.copy).toEqual({});
      const skipped = doc.steps.filter((s: { status: string }) => s.status === 'skipped');
      expect(skipped.map((s: { id: string }) => s.id)).toEqual(['files', 'copy', 'klantadmin']);
      for (const step of skipped) expect(typeof step.reason).toBe('string');
      expect(await snapshot(db)).toBe(before);
    });

    it('fails like the real create, with the same exit codes, and writes nothing', async () => {
      const { db } = await withNs();
      const before = await snapshot(db);
      const taken = await ecm(['klant', 'create', '--acro', 'ns', '--name', 'x', '--as', 'jan', '--dry-run', ...json], {
        db,
      });
      expect(taken.code).toBe(3);
      const missing = await ecm(
        [
          'klant',
          'create',
          '--acro',
          'KPN',
          '--name',
          'x',
          '--copy-from',
          'AH',
          '--copy',
          'all',
          '--as',
          'jan',
          '--dry-run',
          ...json,
        ],
        { db },
      );
      expect(missing.code).toBe(4);
      expect(await snapshot(db)).toBe(before);
    });

    it('text output: the plan on stdout, nothing written', async () => {
      const db = await initialisedDatabase(dialect);
      const before = await snapshot(db);
      const result = await ecm(['klant', 'create', '--acro', 'NS', '--name', 'NS', '--dry-run'], { db });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('NS');
      expect(await snapshot(db)).toBe(before);
      expect(jsonOf(await ecm(['klant', 'list', ...json], { db }))).toEqual([]);
    });
  });
});
