import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EcmError } from '../../src/errors.js';
import { inspectUploads, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_PDF_BYTES } from '../../src/assets/inspect-uploads.js';
import { CORPUS, FIXTURES, inputProblems, scratchDir, watchOutput } from './helpers.js';

const dir = scratchDir();
const none = { emailLogo: null, sizeInstructions: null, logo: null };
const fixture = (name: string) => join(FIXTURES, name);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const pngSuite = join(CORPUS, 'pngsuite');
const qpdfPdfs = join(CORPUS, 'qpdf');
const listed = (folder: string, extension: string) =>
  existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith(extension)) : [];
const validPngs = listed(pngSuite, '.png').filter((name) => !name.startsWith('x'));
const corruptPngs = listed(pngSuite, '.png').filter((name) => name.startsWith('x'));
const pdfs = listed(qpdfPdfs, '.pdf');

/** The broken PNGs whose first bytes are no PNG signature at all; the other broken ones are PNGs that fail to decode. */
const BAD_SIGNATURE = new Set([
  'xcrn0g04.png',
  'xlfn0g04.png',
  'xs1n0g01.png',
  'xs2n0g01.png',
  'xs4n0g01.png',
  'xs7n0g01.png',
]);

describe('inspectUploads', () => {
  it('exports the limits of the spec', () => {
    expect({ MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_PDF_BYTES }).toEqual({
      MAX_IMAGE_BYTES: 10 * 1024 * 1024,
      MAX_IMAGE_PIXELS: 40_000_000,
      MAX_PDF_BYTES: 20 * 1024 * 1024,
    });
  });

  it('returns nothing when no file is given', async () => {
    expect(await inspectUploads(none)).toEqual({ files: [], warnings: [] });
  });

  it('describes each file as it is stored, with the portal logo already scaled', async () => {
    const paths = {
      emailLogo: fixture('email-logo.png'),
      sizeInstructions: fixture('maattabel.pdf'),
      logo: fixture('portal-logo.png'),
    };
    const { files, warnings } = await inspectUploads(paths);
    expect(warnings).toEqual([]);

    const emailLogo = readFileSync(paths.emailLogo);
    const pdf = readFileSync(paths.sizeInstructions);
    const logo = files.find((f) => f.kind === 'logo');
    expect(files).toEqual([
      {
        kind: 'emailLogo',
        format: 'png',
        width: 600,
        height: 100,
        pages: null,
        bytes: emailLogo.length,
        sha256: sha256(emailLogo),
        content: emailLogo,
      },
      {
        kind: 'sizeInstructions',
        format: 'pdf',
        width: null,
        height: null,
        pages: 2,
        bytes: pdf.length,
        sha256: sha256(pdf),
        content: pdf,
      },
      {
        kind: 'logo',
        format: 'png',
        width: 120,
        height: 90,
        pages: null,
        bytes: logo?.content.length,
        sha256: sha256(logo!.content),
        content: logo?.content,
      },
    ]);
    expect(await sharp(logo!.content).metadata()).toMatchObject({ format: 'png', width: 120, height: 90 });
  });

  it('stores a portal logo that already fits as it is', async () => {
    const { files } = await inspectUploads({ ...none, logo: fixture('logo.jpg') });
    const original = readFileSync(fixture('logo.jpg'));
    expect(files[0]).toMatchObject({
      kind: 'logo',
      format: 'jpeg',
      width: 340,
      height: 80,
      bytes: original.length,
      sha256: sha256(original),
    });
  });

  it('prepares a file again once it has changed on disk', async () => {
    const path = join(dir, 'changing.png');
    writeFileSync(path, readFileSync(fixture('email-logo.png')));
    const before = (await inspectUploads({ ...none, emailLogo: path })).files[0];
    expect((await inspectUploads({ ...none, emailLogo: path })).files[0]).toBe(before);

    writeFileSync(path, readFileSync(fixture('email-logo-large.png')));
    expect((await inspectUploads({ ...none, emailLogo: path })).files[0]).toMatchObject({ width: 1200, height: 200 });
  });

  it('warns about an e-mail logo over 600×100 px but accepts it', async () => {
    const { files, warnings } = await inspectUploads({ ...none, emailLogo: fixture('email-logo-large.png') });
    expect(files[0]).toMatchObject({ kind: 'emailLogo', width: 1200, height: 200 });
    expect(warnings).toEqual([
      {
        code: 'email_logo_too_large',
        message: 'the e-mail logo is 1200×200 px; at most 600×100 px is recommended, or e-mails may show it oversized',
      },
    ]);
  });

  it('reports the problems of all three files at once, each under its field', async () => {
    const notAPdf = join(dir, 'maten.pdf');
    writeFileSync(notAPdf, 'S M L XL\n');
    const problems = await inputProblems(
      inspectUploads({
        emailLogo: join(dir, 'missing.png'),
        sizeInstructions: notAPdf,
        logo: join(pngSuite, 'xcsn0g01.png'),
      }),
    );
    expect(problems.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: 'company.emailLogo', code: 'file_not_found' },
      { field: 'company.sizeInstructions', code: 'not_a_pdf' },
      { field: 'portal.logo', code: 'image_corrupt' },
    ]);
  });

  it('holds the logos to 10 MB and the size instructions to 20 MB, judged before reading', async () => {
    const sparse = (name: string, bytes: number) => {
      const path = join(dir, name);
      writeFileSync(path, '');
      truncateSync(path, bytes);
      return path;
    };
    const tooLarge = await inputProblems(
      inspectUploads({
        emailLogo: sparse('big.png', MAX_IMAGE_BYTES + 1),
        sizeInstructions: sparse('big.pdf', MAX_PDF_BYTES + 1),
        logo: sparse('big.jpg', MAX_IMAGE_BYTES + 1),
      }),
    );
    expect(tooLarge.map((p) => [p.field, p.code])).toEqual([
      ['company.emailLogo', 'file_too_large'],
      ['company.sizeInstructions', 'file_too_large'],
      ['portal.logo', 'file_too_large'],
    ]);
    expect(tooLarge[1]?.message).toMatch(/is larger than 20 MB$/);

    // 15 MB is too much for an image but not for a PDF, which is then judged by its (empty) content.
    const between = sparse('between.pdf', 15 * 1024 * 1024);
    expect((await inputProblems(inspectUploads({ ...none, sizeInstructions: between })))[0]?.code).toBe('not_a_pdf');
  });
});

describe("the corpus of other projects' files", () => {
  let output: ReturnType<typeof watchOutput>;
  beforeEach(() => {
    output = watchOutput();
  });
  afterEach(() => {
    const written = output.written();
    output.restore();
    expect(written, 'nothing may be written to stdout, stderr or the console').toEqual([]);
  });

  it('is all there (the copy in test/corpus)', () => {
    expect(validPngs.length).toBe(161);
    expect(corruptPngs.length).toBe(14);
    expect(pdfs.length).toBe(63);
  });

  it.each(validPngs)('accepts PngSuite %s as e-mail logo and as portal logo', async (name) => {
    const path = join(pngSuite, name);
    const { files } = await inspectUploads({ ...none, emailLogo: path, logo: path });
    expect(files.map((f) => [f.kind, f.format])).toEqual([
      ['emailLogo', 'png'],
      ['logo', 'png'],
    ]);
  });

  it.each(corruptPngs)('refuses the broken PngSuite %s, naming the field', async (name) => {
    const problems = await inputProblems(inspectUploads({ ...none, logo: join(pngSuite, name) }));
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'portal.logo',
        code: BAD_SIGNATURE.has(name) ? 'not_an_image' : 'image_corrupt',
      }),
    ]);
  });

  const expected: Record<string, number | string> = {
    'minimal.pdf': 1,
    '11-pages-with-labels.pdf': 11,
    // Encrypted with an empty user password: they open for anyone.
    'V4.pdf': 30,
    'V4-aes.pdf': 30,
    'encrypted-with-images.pdf': 2,
    'empty.pdf': 'pdf_no_pages',
    // The corpus README lists it as having no pages, but its catalog is garbled beyond repair: neither
    // pdf.js nor qpdf itself ("unable to find /Root dictionary") finds a document in it.
    'issue-99.pdf': 'pdf_corrupt',
  };

  it.each(pdfs)('accepts or refuses %s with an input error', async (name) => {
    const outcome = await inspectUploads({ ...none, sizeInstructions: join(qpdfPdfs, name) }).then(
      ({ files }) => files[0]?.pages,
      (error: unknown) => {
        expect(error).toBeInstanceOf(EcmError);
        const { kind, problems } = error as EcmError;
        expect(kind).toBe('input');
        expect(problems).toEqual([expect.objectContaining({ field: 'company.sizeInstructions' })]);
        return problems[0]?.code;
      },
    );
    if (name in expected) expect(outcome).toBe(expected[name]);
    else
      expect(typeof outcome === 'number' ? 'accepted' : outcome).toBeOneOf([
        'accepted',
        'not_a_pdf',
        'pdf_corrupt',
        'pdf_no_pages',
      ]);
  });

  it('refuses the fixture that needs a password', async () => {
    const problems = await inputProblems(
      inspectUploads({ ...none, sizeInstructions: fixture('password-protected.pdf') }),
    );
    expect(problems.map((p) => p.code)).toEqual(['pdf_encrypted']);
  });
});
