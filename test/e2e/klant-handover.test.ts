/**
 * Contract, "klant handover" and `--handover`, through the built binary on both engines: the PDF read back
 * (one A4 page, the portal address, usernames and both logos), the temporary password only when the page is
 * made with it, mode 0600, and the refusals before anything is written.
 */
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.js';
import { readPdf } from '../support/read-pdf.js';
import { json, withKpn } from './kpn.js';
import { DIALECTS, ecm, initialisedDatabase, jsonOf, problemsOf, tempDir } from './run-ecm.js';

const t = en.documents.handover;
const A4 = { width: 595.28, height: 841.89 };
const mode = (file: string) => statSync(file).mode & 0o777;

describe.each(DIALECTS)('klant handover (%s)', (dialect) => {
  it('writes one A4 page with the portal address, the usernames and both logos, and no password', async () => {
    const db = await withKpn(dialect);
    const file = join(tempDir(), 'kpn.pdf');
    const result = await ecm(['klant', 'handover', 'kpn', '--file', file, ...json], { db });
    expect(result.code, result.stderr).toBe(0);
    expect(jsonOf(result)).toEqual({ ok: true, acro: 'KPN', file, pages: 1, bytes: statSync(file).size });
    expect(mode(file)).toBe(0o600);

    const pdf = await readPdf(file);
    expect(pdf.pages).toEqual([{ ...A4, images: 2 }]);
    expect(pdf.text).toContain('https://acme.ecmanage.nl/kpn');
    expect(pdf.text).toContain('kpn.beheer');
    expect(pdf.text).toContain('KPN B.V.');
    expect(pdf.text).toContain('acme');
    expect(pdf.text).not.toContain(t.passwordHeading('kpn.beheer'));
    expect(pdf.text).not.toContain(t.changeAtFirstLogin);
  });

  it('refuses an existing file unless --force, which leaves it 0600, and an unknown acro', async () => {
    const db = await withKpn(dialect);
    const file = join(tempDir(), 'kpn.pdf');
    writeFileSync(file, 'keep me');
    chmodSync(file, 0o644);
    const refused = await ecm(['klant', 'handover', 'KPN', '--file', file, ...json], { db });
    expect(refused.code).toBe(2);
    expect(problemsOf(refused)).toEqual([['file', 'output_file_exists']]);
    expect(readFileSync(file, 'utf8')).toBe('keep me');

    const forced = await ecm(['klant', 'handover', 'KPN', '--file', file, '--force', ...json], { db });
    expect(forced.code, forced.stderr).toBe(0);
    expect(mode(file)).toBe(0o600);
    expect((await readPdf(file)).pages).toHaveLength(1);

    const other = join(tempDir(), 'none.pdf');
    const unknown = await ecm(['klant', 'handover', 'NOPE', '--file', other, ...json], { db });
    expect(unknown.code).toBe(4);
    expect(problemsOf(unknown)).toEqual([['acro', 'environment_not_found']]);
    expect(existsSync(other)).toBe(false);
  });

  it('puts the new password, its expiry and the first-login rule on the page of reset-password --handover', async () => {
    const db = await withKpn(dialect);
    const file = join(tempDir(), 'reset.pdf');
    const args = ['klantadmin', 'reset-password', 'KPN', 'kpn.beheer', '--handover', file, '--show-password'];
    const result = await ecm([...args, '--as', 'jan', ...json], { db });
    expect(result.code, result.stderr).toBe(0);
    const { klantadmin } = jsonOf(result);
    expect(mode(file)).toBe(0o600);
    const pdf = await readPdf(file);
    expect(pdf.pages).toEqual([{ ...A4, images: 2 }]);
    expect(pdf.text).toContain(t.passwordHeading('kpn.beheer'));
    expect(pdf.text).toContain(klantadmin.temporaryPassword);
    expect(pdf.text).toContain(t.passwordExpires(new Date(klantadmin.passwordExpiresAt)));
    expect(pdf.text).toContain(t.changeAtFirstLogin);
  });

  it('refuses klantadmin add --handover to an existing file before the klantadmin is made', async () => {
    const db = await withKpn(dialect);
    const file = join(tempDir(), 'add.pdf');
    writeFileSync(file, 'keep me');
    const add = ['klantadmin', 'add', 'KPN', '--username', 'kpn.inkoop', '--email', 'inkoop@kpn.example'];
    const refused = await ecm([...add, '--handover', file, '--as', 'jan', ...json], { db });
    expect(refused.code).toBe(2);
    expect(problemsOf(refused)).toEqual([['handover', 'output_file_exists']]);
    expect(readFileSync(file, 'utf8')).toBe('keep me');

    const fresh = join(tempDir(), 'add-new.pdf');
    const added = await ecm([...add, '--handover', fresh, '--show-password', '--as', 'jan', ...json], { db });
    expect(added.code, added.stderr).toBe(0);
    const pdf = await readPdf(fresh);
    expect(pdf.text).toContain(jsonOf(added).klantadmin.temporaryPassword);
    expect(pdf.text).toContain('kpn.inkoop');
  });

  it('writes the page of klant create --handover for a name the PDF font cannot fully show', async () => {
    const db = await initialisedDatabase(dialect);
    const file = join(tempDir(), 'zg.pdf');
    const form = [
      '--acro',
      'ZG',
      '--name',
      'Zoë Ğüney 株式会社',
      '--admin-username',
      'zoe',
      '--admin-email',
      'z@zg.example',
    ];
    const create = ['klant', 'create', ...form, '--no-input', '--as', 'jan', '--show-password', ...json];
    const dryRun = await ecm([...create, '--dry-run', '--handover', file], { db });
    expect(dryRun.code, dryRun.stderr).toBe(0);
    expect(existsSync(file)).toBe(false);

    const result = await ecm([...create, '--handover', file], { db });
    expect(result.code, result.stderr).toBe(0);
    expect(mode(file)).toBe(0o600);
    const pdf = await readPdf(file);
    expect(pdf.pages).toEqual([{ ...A4, images: 0 }]);
    expect(pdf.text).toContain('Zoë Güney');
    expect(pdf.text).toContain(jsonOf(result).klantadmin.temporaryPassword);
  });
});
