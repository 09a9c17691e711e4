/**
 * `--password-file`: the file is created (mode 0600, refused if it exists) before provisioning starts, so a
 * bad path fails before anything is written, and it is removed again when provisioning fails.
 */
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EcmError } from '../errors.js';
import { messages as m } from '../messages/index.js';

export interface PasswordFile {
  path: string;
  write(password: string): Promise<void>;
  /** Closes the file; removes it when nothing was written. */
  finish(): Promise<void>;
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
