/**
 * Files made by others, through the binary: valid PngSuite images are usable logos, every corrupt one is
 * refused naming its field, and every qpdf test PDF is accepted or refused cleanly — one JSON document,
 * nothing on stderr, no stack trace.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../support/paths.js';
import { DIALECTS, ecm, failureOf, initialisedDatabase, jsonOf, mapPool, STACK_LINE } from './run-ecm.js';

const PNGSUITE = join(CORPUS, 'pngsuite');
const QPDF = join(CORPUS, 'qpdf');
/** Process starts are CPU-bound; a few at a time keep both cores busy without starving the others. */
const POOL = 4;
const SLOW = 180_000;

const corrupt = readdirSync(PNGSUITE)
  .filter((name) => name.startsWith('x') && name.endsWith('.png'))
  .sort();
const pdfs = readdirSync(QPDF)
  .filter((name) => name.endsWith('.pdf'))
  .sort();

/** Valid images of many kinds: bit depths, palettes, interlacing, alpha, transparency, odd and tiny sizes. */
const VALID = [
  'basn0g01.png',
  'basi0g16.png',
  'basi3p08.png',
  'basn4a16.png',
  'basi6a08.png',
  'tbbn3p08.png',
  's01i3p01.png',
  'exif2c08.png',
];

const json = ['--output', 'json'];
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

it('the corpus has the files these tests expect', () => {
  expect(corrupt).toHaveLength(14);
  expect(pdfs.length).toBeGreaterThan(50);
});

describe.each(DIALECTS)('on %s', (dialect) => {
  describe('PngSuite', () => {
    it(
      'valid images are accepted as portal logo and e-mail logo, and stored as they are',
      async () => {
        const db = await initialisedDatabase(dialect);
        await mapPool(VALID, POOL, async (name, i) => {
          const other = VALID[(i + 1) % VALID.length]!;
          const result = await ecm(
            [
              'klant',
              'create',
              '--acro',
              `PNG-${i}`,
              '--name',
              name,
              '--logo',
              join(PNGSUITE, name),
              '--email-logo',
              join(PNGSUITE, other),
              ...json,
            ],
            { db },
          );
          expect(result.code, `${name}: ${result.stdout}`).toBe(0);
          expect(result.stderr).toBe('');
          const { klant } = jsonOf(result);
          // All of them are at most 90 px high, so the logo is stored byte for byte.
          expect(klant.logo).toMatchObject({ format: 'png', sha256: sha256(join(PNGSUITE, name)) });
          expect(klant.emailLogo).toMatchObject({ format: 'png', sha256: sha256(join(PNGSUITE, other)) });
        });
      },
      SLOW,
    );

    it(
      'every corrupt image is refused with exit 2, naming the field, in either field',
      async () => {
        const db = await initialisedDatabase(dialect);
        await mapPool(corrupt, POOL, async (name, i) => {
          const other = corrupt[(i + 1) % corrupt.length]!;
          const result = await ecm(
            [
              'klant',
              'create',
              '--acro',
              'KPN',
              '--name',
              'KPN',
              '--logo',
              join(PNGSUITE, name),
              '--email-logo',
              join(PNGSUITE, other),
              ...json,
            ],
            { db },
          );
          expect(result.code, `${name}: ${result.stdout}`).toBe(2);
          expect(result.stderr).toBe('');
          const errors = failureOf(result);
          // Both files are refused in one go, each under its own field and by its own name.
          expect(errors.map((e) => e.field).sort()).toEqual(['company.emailLogo', 'portal.logo']);
          expect(errors.find((e) => e.field === 'portal.logo')!.message).toContain(name);
          expect(errors.find((e) => e.field === 'company.emailLogo')!.message).toContain(other);
          for (const error of errors) expect(['not_an_image', 'image_corrupt']).toContain(error.code);
        });
        expect(jsonOf(await ecm(['klant', 'list', ...json], { db }))).toEqual([]);
      },
      SLOW,
    );

    it('a corrupt image in text output: a clear message on stderr, no stack trace', async () => {
      const result = await ecm(
        ['klant', 'create', '--acro', 'KPN', '--name', 'KPN', '--logo', join(PNGSUITE, corrupt[0]!)],
        { db: await initialisedDatabase(dialect) },
      );
      expect([result.code, result.stdout]).toEqual([2, '']);
      expect(result.stderr).toContain('portal.logo');
      expect(result.stderr).toContain(corrupt[0]);
      expect(result.stderr).not.toMatch(STACK_LINE);
    });
  });

  describe('qpdf test PDFs', () => {
    it(
      'every one is accepted or refused cleanly as size instructions in a dry run',
      async () => {
        const db = await initialisedDatabase(dialect);
        const outcomes = await mapPool(pdfs, POOL, async (name) => {
          const result = await ecm(
            [
              'klant',
              'create',
              '--acro',
              'KPN',
              '--name',
              'KPN',
              '--size-instructions',
              join(QPDF, name),
              '--dry-run',
              ...json,
            ],
            { db },
          );
          expect([0, 2], `${name} exited ${result.code}`).toContain(result.code);
          expect(result.stderr, name).toBe('');
          expect(result.stdout).not.toMatch(STACK_LINE);
          const doc = jsonOf(result);
          if (result.code === 0) {
            expect(doc).toMatchObject({ ok: true, dryRun: true });
          } else {
            for (const error of failureOf(result)) expect(error.field).toBe('company.sizeInstructions');
          }
          return [basename(name), result.code] as const;
        });
        const exit = Object.fromEntries(outcomes);
        // Without pages: refused. Opening without a password (even when encrypted): accepted.
        expect(exit['empty.pdf']).toBe(2);
        expect(exit['issue-99.pdf']).toBe(2);
        for (const name of [
          'minimal.pdf',
          '11-pages-with-labels.pdf',
          'V4.pdf',
          'V4-aes.pdf',
          'encrypted-with-images.pdf',
        ]) {
          expect(exit[name], name).toBe(0);
        }
      },
      SLOW,
    );

    it('a PDF that opens is stored with its page count', async () => {
      const result = await ecm(
        [
          'klant',
          'create',
          '--acro',
          'KPN',
          '--name',
          'KPN',
          '--size-instructions',
          join(QPDF, '11-pages-with-labels.pdf'),
          ...json,
        ],
        { db: await initialisedDatabase(dialect) },
      );
      expect(result.code).toBe(0);
      expect(jsonOf(result).klant.sizeInstructions).toMatchObject({
        pages: 11,
        sha256: sha256(join(QPDF, '11-pages-with-labels.pdf')),
      });
    });
  });
});
