import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../../src/assets/pdf.js';
import { FIXTURES, inputProblems } from './helpers.js';

const field = 'company.sizeInstructions';
const maattabel = readFileSync(join(FIXTURES, 'maattabel.pdf'));

describe('inspectPdf', () => {
  it('counts the pages of the size-instructions fixture', async () => {
    expect(await inspectPdf(maattabel, { path: 'maattabel.pdf', field })).toEqual({ pages: 2 });
  });

  it('refuses a PDF that needs a password to open', async () => {
    const locked = readFileSync(join(FIXTURES, 'password-protected.pdf'));
    expect(await inputProblems(inspectPdf(locked, { path: 'locked.pdf', field }))).toEqual([
      { field, code: 'pdf_encrypted', message: 'locked.pdf needs a password to open; upload a copy without one' },
    ]);
  });

  it('refuses content without a PDF header', async () => {
    const text = Buffer.from('Maattabel\nS M L XL\n');
    expect(await inputProblems(inspectPdf(text, { path: 'maten.pdf', field }))).toEqual([
      { field, code: 'not_a_pdf', message: 'maten.pdf is not a PDF document' },
    ]);
  });

  it('accepts junk before the header within the first 1024 bytes, as readers do', async () => {
    const prefixed = Buffer.concat([Buffer.alloc(1000, 0x20), maattabel]);
    expect(await inspectPdf(prefixed, { path: 'prefixed.pdf', field })).toEqual({ pages: 2 });
    const tooLate = Buffer.concat([Buffer.alloc(1024, 0x20), maattabel]);
    expect((await inputProblems(inspectPdf(tooLate, { path: 'late.pdf', field })))[0]?.code).toBe('not_a_pdf');
  });

  it('refuses a PDF whose body is missing', async () => {
    const cut = maattabel.subarray(0, 200);
    expect((await inputProblems(inspectPdf(cut, { path: 'cut.pdf', field })))[0]?.code).toBe('pdf_corrupt');
  });

  it('gives up on a PDF that takes longer than the time limit', async () => {
    expect(await inputProblems(inspectPdf(maattabel, { path: 'slow.pdf', field, timeoutMs: 1 }))).toEqual([
      { field, code: 'pdf_timeout', message: 'slow.pdf took too long to read and was given up on' },
    ]);
  });
});
