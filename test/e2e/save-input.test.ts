/**
 * `klant create --save-input <file.json>`: the answers written as a form that `--json` replays, its file paths
 * relative to the saved file, so the replay makes the same klantomgeving from any working directory. An
 * existing file is refused with the rest of the input (unless `--force`), a folder that cannot take it too.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.js';
import { nl } from '../../src/messages/nl.js';
import { FILES, FIXTURES } from '../support/paths.js';
import { DIALECTS, ecm, initialisedDatabase, jsonOf, problemsOf, tempDir, type Dialect } from './run-ecm.js';

const json = ['--output', 'json'];
const jan = { ECM_USER: 'jan' };
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A folder holding the fixtures' files under `files/`, as a person keeps them beside their forms. */
function folderWithFiles(): string {
  const dir = tempDir();
  cpSync(FILES, join(dir, 'files'), { recursive: true });
  return dir;
}

/** `klant show` without the moment it was made, which a replay cannot repeat. */
async function made(db: string, acro: string) {
  const shown = await ecm(['klant', 'show', acro, ...json], { db });
  expect(shown.code, shown.stderr).toBe(0);
  const { createdAt, ...rest } = jsonOf(shown);
  expect(createdAt).toEqual(expect.any(String));
  return rest;
}

/** Replays the saved form on a new database (with NS to copy from), from a working directory of its own. */
async function replayed(dialect: Dialect, saved: string) {
  const db = await initialisedDatabase(dialect, { klanten: ['NS'] });
  const result = await ecm(['klant', 'create', '--json', saved], { db, env: jan, cwd: tempDir() });
  expect(result.code, result.stderr).toBe(0);
  return made(db, 'KPN');
}

describe.each(DIALECTS)('klant create --save-input on %s', (dialect) => {
  it('saves the answers given as flags; the saved form replays them from elsewhere, without the password', async () => {
    const db = await initialisedDatabase(dialect, { klanten: ['NS'] });
    const work = folderWithFiles();
    const saved = join(tempDir(), 'kpn.json');
    const fields = {
      acro: 'KPN',
      name: 'KPN B.V.',
      'email-logo': 'files/email-logo.png',
      'size-instructions': 'files/maattabel.pdf',
      'admin-username': 'KPN.Beheer',
      'admin-email': 'beheer@kpn.example',
      'copy-from': 'ns',
      copy: 'customerSettings,emailSettings',
      logo: 'files/portal-logo.png',
      street: 'Wilhelminakade',
      'house-number': '91',
      'postal-code': '3072ap',
      city: 'Rotterdam',
      // Relative to the working directory, like every path on the command line.
      'save-input': relative(work, saved),
    };
    const args = ['klant', 'create', ...Object.entries(fields).flatMap(([flag, value]) => [`--${flag}`, value])];
    const result = await ecm([...args, '--show-password', ...json], { db, env: jan, cwd: work });
    expect(result.code, result.stderr).toBe(0);
    const password = jsonOf(result).klantadmin.temporaryPassword as string;
    expect(password).toMatch(/^.{16}$/);

    const text = readFileSync(saved, 'utf8');
    expect(text).not.toContain(password);
    expect(text).not.toMatch(/password/i);
    const file = (name: string) => relative(join(saved, '..'), join(work, 'files', name));
    // Only what was given, as it was given, in the contract's shape; pretty, one key a line.
    expect(JSON.parse(text)).toEqual({
      company: {
        acro: 'KPN',
        name: 'KPN B.V.',
        emailLogo: file('email-logo.png'),
        sizeInstructions: file('maattabel.pdf'),
      },
      admin: { username: 'KPN.Beheer', email: 'beheer@kpn.example' },
      portal: { copyFrom: 'ns', copy: ['customerSettings', 'emailSettings'], logo: file('portal-logo.png') },
      address: { street: 'Wilhelminakade', houseNumber: '91', postalCode: '3072ap', city: 'Rotterdam' },
    });
    expect(text).toMatch(/^ {4}"acro": "KPN",$/m);

    const original = await made(db, 'KPN');
    expect(original.emailLogo.sha256).toBe(sha256(join(FILES, 'email-logo.png')));
    expect(original.sizeInstructions.sha256).toBe(sha256(join(FILES, 'maattabel.pdf')));
    expect(await replayed(dialect, saved)).toEqual(original);
  });

  it('saves a --json form read from another folder; the replay from a third makes the same klantomgeving', async () => {
    const db = await initialisedDatabase(dialect, { klanten: ['NS'] });
    const forms = folderWithFiles();
    cpSync(join(FIXTURES, 'kpn.json'), join(forms, 'kpn.json'));
    const saved = join(tempDir(), 'nested-name.json');
    const result = await ecm(['klant', 'create', '--json', join(forms, 'kpn.json'), '--save-input', saved], {
      db,
      env: jan,
      cwd: tempDir(),
    });
    expect(result.code, result.stderr).toBe(0);

    const input = JSON.parse(readFileSync(join(FIXTURES, 'kpn.json'), 'utf8'));
    const file = (path: string) => relative(join(saved, '..'), join(forms, path));
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual({
      ...input,
      company: {
        ...input.company,
        emailLogo: file(input.company.emailLogo),
        sizeInstructions: file(input.company.sizeInstructions),
      },
      portal: { ...input.portal, logo: file(input.portal.logo) },
    });
    expect(await replayed(dialect, saved)).toEqual(await made(db, 'KPN'));
  });

  it('saves with --dry-run too, creating nothing; the saved form then creates it', async () => {
    const db = await initialisedDatabase(dialect, { klanten: ['NS'] });
    const saved = join(tempDir(), 'kpn.json');
    const args = ['klant', 'create', '--json', join(FIXTURES, 'kpn.json'), '--save-input', saved, '--dry-run'];
    const result = await ecm(args, { db, env: jan });
    expect(result.code, result.stderr).toBe(0);
    expect(jsonOf(result)).toMatchObject({ ok: true, dryRun: true });
    expect((await ecm(['klant', 'show', 'KPN', ...json], { db })).code).toBe(4);
    const created = await ecm(['klant', 'create', '--json', saved], { db, env: jan, cwd: tempDir() });
    expect(created.code, created.stderr).toBe(0);
    expect((await made(db, 'KPN')).logo.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses an existing file with the rest of the input, creating nothing; --force replaces it', async () => {
    const db = await initialisedDatabase(dialect);
    const saved = join(tempDir(), 'kpn.json');
    writeFileSync(saved, 'mine');
    const refused = await ecm(['klant', 'create', '--acro', 'admin', '--name', 'KPN', '--save-input', saved, ...json], {
      db,
      env: jan,
    });
    expect(refused.code).toBe(2);
    expect(problemsOf(refused)).toEqual([
      ['saveInput', 'output_file_exists'],
      ['company.acro', 'acro_reserved'],
    ]);
    expect(readFileSync(saved, 'utf8')).toBe('mine');

    const create = ['klant', 'create', '--acro', 'KPN', '--name', 'KPN', '--save-input', saved];
    expect(problemsOf(await ecm([...create, ...json], { db, env: jan }))).toEqual([
      ['saveInput', 'output_file_exists'],
    ]);
    expect(jsonOf(await ecm(['klant', 'list', ...json], { db }))).toEqual([]);
    const forced = await ecm([...create, '--force', ...json], { db, env: jan });
    expect(forced.code, forced.stderr).toBe(0);
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual({ company: { acro: 'KPN', name: 'KPN' } });
  });

  it('refuses a folder that does not exist, naming the flag', async () => {
    const db = await initialisedDatabase(dialect);
    const saved = join(tempDir(), 'missing', 'kpn.json');
    const create = ['klant', 'create', '--acro', 'KPN', '--name', 'KPN', '--save-input', saved];
    const refused = await ecm([...create, ...json], { db, env: jan });
    expect(refused.code).toBe(2);
    expect(problemsOf(refused)).toEqual([['saveInput', 'output_file_unwritable']]);
    const inText = await ecm(create, { db, env: jan });
    expect(inText.code).toBe(2);
    expect(inText.stderr).toContain(`--save-input ${saved}`);
    expect(existsSync(saved)).toBe(false);
    expect(jsonOf(await ecm(['klant', 'list', ...json], { db }))).toEqual([]);
  });
});

describe('klant create --save-input in the help', () => {
  it.each([
    ['English', {}, en],
    ['Dutch', { LANG: 'nl_NL.UTF-8' }, nl],
  ] as const)('is explained in %s, with an example', async (_, env, texts) => {
    const help = await ecm(['klant', 'create', '--help'], { env });
    expect(help.code).toBe(0);
    const words = help.stdout.replace(/\s+/g, ' ');
    expect(words).toContain(`--save-input <file.json> ${texts.help.klant.saveInput}`);
    expect(words).toContain(`--force ${texts.help.klant.force}`);
    const example = texts.help.klant.createExamples.split('\n').find((line) => line.includes('--save-input'));
    expect(help.stdout).toContain(example);
  });
});
