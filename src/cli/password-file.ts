/**
 * `--password-file`: checked with the rest of the input, then created (mode 0600, refused if it exists)
 * before provisioning starts, so a bad path fails before anything is written; removed again when
 * provisioning fails.
 */
import { constants } from 'node:fs';
import { access, open, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { EcmError } from '../errors.js';
import { messages as m } from '../messages/index.js';

export interface PasswordFile {
  path: string;
  write(password: string): Promise<void>;
  /** Closes the file; removes it when nothing was written. */
  finish(): Promise<void>;
}

export async function checkPasswordFile(path: string): Promise<void> {
  const absolute = resolve(path);
  if (
    await access(absolute).then(
      () => true,
      () => false,
    )
  ) {
    throw EcmError.one('input', 'password_file_exists', m.input.passwordFileExists(path));
  }
  await access(dirname(absolute), constants.W_OK).catch((error: unknown) => {
    throw EcmError.one('input', 'password_file_unwritable', m.input.passwordFileDir(path), null, error);
  });
}

export async function createPasswordFile(path: string): Promise<PasswordFile> {
  const absolute = resolve(path);
  let handle: FileHandle;
  try {
    handle = await open(absolute, 'wx', 0o600);
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    throw EcmError.one(
      'input',
      exists ? 'password_file_exists' : 'password_file_unwritable',
      (exists ? m.input.passwordFileExists : m.input.passwordFileDir)(path),
      null,
      error,
    );
  }
  let written = false;
  return {
    path: absolute,
    async write(password) {
      await handle.writeFile(`${password}\n`);
      written = true;
    },
    async finish() {
      await handle.close();
      if (!written) await unlink(absolute).catch(() => undefined);
    },
  };
}
