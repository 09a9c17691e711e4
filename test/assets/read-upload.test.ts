import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUpload } from '../../src/assets/read-upload.js';
import { FIXTURES, inputProblems, scratchDir } from './helpers.js';

const dir = scratchDir();
const field = 'company.emailLogo';
const maxBytes = 10 * 1024 * 1024;

describe('readUpload', () => {
  it('returns the bytes of a regular file', async () => {
    const path = join(FIXTURES, 'email-logo.png');
    expect(await readUpload(path, { field, maxBytes })).toEqual(readFileSync(path));
  });

  it('refuses a missing path', async () => {
    const path = join(dir, 'nothing-here.png');
    expect(await inputProblems(readUpload(path, { field, maxBytes }))).toEqual([
      { field, code: 'file_not_found', message: `file not found: ${path}` },
    ]);
  });

  it('refuses a path that runs through a file as if it were a folder', async () => {
    const path = join(FIXTURES, 'email-logo.png', 'logo.png');
    expect((await inputProblems(readUpload(path, { field, maxBytes })))[0]?.code).toBe('file_not_found');
  });

  it('refuses a folder', async () => {
    const path = join(dir, 'folder.png');
    mkdirSync(path);
    expect(await inputProblems(readUpload(path, { field, maxBytes }))).toEqual([
      { field, code: 'file_not_regular', message: `not a regular file: ${path}` },
    ]);
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a FIFO without opening it (opening one would wait for a writer)',
    async () => {
      const path = join(dir, 'pipe.png');
      execFileSync('mkfifo', [path]);
      expect((await inputProblems(readUpload(path, { field, maxBytes })))[0]?.code).toBe('file_not_regular');
    },
  );

  it.skipIf(process.platform === 'win32')('refuses a device', async () => {
    expect((await inputProblems(readUpload('/dev/zero', { field, maxBytes })))[0]?.code).toBe('file_not_regular');
  });

  it('refuses a file over the limit by its size, before reading it', async () => {
    const path = join(dir, 'huge.png');
    writeFileSync(path, '');
    truncateSync(path, maxBytes + 1);
    expect(await inputProblems(readUpload(path, { field, maxBytes }))).toEqual([
      { field, code: 'file_too_large', message: `${path} is larger than 10 MB` },
    ]);
  });

  it('accepts a file of exactly the limit', async () => {
    const path = join(dir, 'exact.png');
    writeFileSync(path, '');
    truncateSync(path, 1024);
    expect((await readUpload(path, { field, maxBytes: 1024 })).length).toBe(1024);
  });

  it('refuses an empty file', async () => {
    const path = join(dir, 'empty.png');
    writeFileSync(path, '');
    expect(await inputProblems(readUpload(path, { field, maxBytes }))).toEqual([
      { field, code: 'file_empty', message: `${path} is empty` },
    ]);
  });

  // root reads files whatever their mode says.
  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('refuses a file it may not read', async () => {
    const path = join(dir, 'secret.png');
    writeFileSync(path, 'x');
    chmodSync(path, 0o000);
    expect((await inputProblems(readUpload(path, { field, maxBytes })))[0]?.code).toBe('file_unreadable');
  });
});
