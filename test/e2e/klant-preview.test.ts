/**
 * Contract, "klant preview", through the built binary on both engines: the PNG's size, the template's header
 * colour in its pixels, the logos drawn on it, and the refusals.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { STANDARD_TEMPLATES } from '../../src/klant/templates.js';
import { json, withKpn } from './kpn.js';
import { releaseDatabase } from './release-database.js';
import { DIALECTS, ecm, initialisedDatabase, jsonOf, problemsOf, tempDir } from './run-ecm.js';

const colourOf = (template: string) => STANDARD_TEMPLATES.find((t) => t.name === template)!.headerBackground;

async function pixels(file: string) {
  const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => {
    const i = (y * info.width + x) * info.channels;
    return `#${[...data.subarray(i, i + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  };
  return { info, at };
}

describe.each(DIALECTS)('klant preview (%s)', (dialect) => {
  it("draws the portal header on the template's colour above a 600 px e-mail header with both logos", async () => {
    const db = await withKpn(dialect);
    const updated = await ecm(['klant', 'update', 'KPN', '--template', 'donker', '--as', 'jan', ...json], { db });
    expect(updated.code, updated.stderr).toBe(0);
    const file = join(tempDir(), 'kpn.png');
    const result = await ecm(['klant', 'preview', 'kpn', '--file', file, ...json], { db });
    expect(result.code, result.stderr).toBe(0);
    const doc = jsonOf(result);
    expect(doc).toEqual({ ok: true, acro: 'KPN', file, width: expect.any(Number), height: expect.any(Number) });

    const { info, at } = await pixels(file);
    expect([info.width, info.height]).toEqual([doc.width, doc.height]);
    expect(info.width).toBeGreaterThanOrEqual(600);
    const dark = colourOf('donker');
    expect(dark).not.toBe('#ffffff');
    expect([at(2, 2), at(info.width - 3, 2)]).toEqual([dark, dark]);
    // The portal logo (its stored 90 px high) sits in the header, so the header's middle is not all background.
    const headerRow = Array.from({ length: 120 }, (_, x) => at(x, 60));
    expect(headerRow.some((colour) => colour !== dark)).toBe(true);
    // The e-mail header: white at its corner, the e-mail logo inside it.
    expect(at(2, info.height - 3)).toBe('#ffffff');
    const emailRow = Array.from({ length: 600 }, (_, x) => at(x, info.height - 60));
    expect(emailRow.some((colour) => colour !== '#ffffff')).toBe(true);
  });

  it('gives the templates of a database made before the colours theirs', async () => {
    const db = await releaseDatabase(dialect);
    const updated = await ecm(['klant', 'update', 'NS', '--template', 'donker', '--as', 'jan', ...json], { db });
    expect(updated.code, updated.stderr).toBe(0);
    const file = join(tempDir(), 'ns.png');
    const result = await ecm(['klant', 'preview', 'NS', '--file', file, ...json], { db });
    expect(result.code, result.stderr).toBe(0);
    expect((await pixels(file)).at(2, 2)).toBe(colourOf('donker'));
  });

  it('refuses an existing file unless --force, and an unknown acro, writing nothing', async () => {
    const db = await initialisedDatabase(dialect, { klanten: ['NS'] });
    const file = join(tempDir(), 'ns.png');
    writeFileSync(file, 'keep me');
    const refused = await ecm(['klant', 'preview', 'NS', '--file', file, ...json], { db });
    expect(refused.code).toBe(2);
    expect(problemsOf(refused)).toEqual([['file', 'output_file_exists']]);
    expect(readFileSync(file, 'utf8')).toBe('keep me');

    const forced = await ecm(['klant', 'preview', 'NS', '--file', file, '--force', ...json], { db });
    expect(forced.code, forced.stderr).toBe(0);
    expect((await sharp(file).metadata()).format).toBe('png');

    const other = join(tempDir(), 'none.png');
    const unknown = await ecm(['klant', 'preview', 'NOPE', '--file', other, ...json], { db });
    expect(unknown.code).toBe(4);
    expect(problemsOf(unknown)).toEqual([['acro', 'environment_not_found']]);
    expect(existsSync(other)).toBe(false);
  });
});
