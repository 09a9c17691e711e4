/**
 * `--file` of the documents for people: checked with the rest of the input, refused when it exists unless
 * `--force`, and written whole only once the document is made.
 */
import { constants } from 'node:fs';
import { access, chmod, open, unlink, writeFile, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { EcmError } from '../errors.js';
import { messages as m } from '../messages/index.js';

/** What a refusal says; a file of a flag other than `--file` names its flag. */
export interface RefusalTexts {
  exists(path: string): string;
  unwritable(path: string): string;
}

const fileFlagTexts = (): RefusalTexts => ({ exists: m.documents.fileExists, unwritable: m.documents.fileUnwritable });

export async function checkOutputFile(
  path: string,
  force: boolean,
  field = 'file',
  texts = fileFlagTexts(),
): Promise<void> {
  const absolute = resolve(path);
  const exists = await access(absolute).then(
    () => true,
    () => false,
  );
  if (exists && !force) throw EcmError.one('input', 'output_file_exists', texts.exists(path), field);
  await access(dirname(absolute), constants.W_OK).catch((error: unknown) => {
    throw EcmError.one('input', 'output_file_unwritable', texts.unwritable(path), field, error);
  });
}

/** Writes the file (a new one unless `force`) with `mode`, also when it replaces one; returns its absolute path. */
export async function writeOutputFile(
  path: string,
  content: Uint8Array,
  options: { force: boolean; mode: number; field?: string; texts?: RefusalTexts },
): Promise<string> {
  const absolute = resolve(path);
  const field = options.field ?? 'file';
  try {
    await writeFile(absolute, content, { flag: options.force ? 'w' : 'wx', mode: options.mode });
    // A replaced file keeps its old mode otherwise, and a handover may hold a password.
    if (options.force) await chmod(absolute, options.mode);
  } catch (error) {
    throw refusal(path, field, error, options.texts);
  }
  return absolute;
}

export interface ReservedFile {
  path: string;
  write(content: Uint8Array): Promise<void>;
  /** Closes the file; removes it when nothing was written. */
  finish(): Promise<void>;
}

/**
 * Creates the file (0600, never over an existing one) before anything is written to the database, so a path
 * that fails does so before an account is made; it is filled once the account exists.
 */
export async function reserveOutputFile(path: string, field: string): Promise<ReservedFile> {
  const absolute = resolve(path);
  const handle: FileHandle = await open(absolute, 'wx', 0o600).catch((error: unknown) => {
    throw refusal(path, field, error);
  });
  let written = false;
  return {
    path: absolute,
    async write(content) {
      await handle.writeFile(content);
      written = true;
    },
    async finish() {
      await handle.close();
      if (!written) await unlink(absolute).catch(() => undefined);
    },
  };
}

function refusal(path: string, field: string, error: unknown, texts = fileFlagTexts()): EcmError {
  const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
  return EcmError.one(
    'input',
    exists ? 'output_file_exists' : 'output_file_unwritable',
    (exists ? texts.exists : texts.unwritable)(path),
    field,
    error,
  );
}
