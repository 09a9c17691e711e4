/**
 * Reads a file the operator names for upload. Everything that can be judged from the file system is judged
 * before a byte is read, so a FIFO cannot block the tool and a huge file is never loaded.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { EcmError } from '../errors.js';
import { messages as m } from '../messages/index.js';

const BYTES_PER_MB = 1024 * 1024;

export interface UploadTarget {
  /** The JSON path of the form field the file belongs to, for the error. */
  field: string;
  maxBytes: number;
}

export async function readUpload(path: string, { field, maxBytes }: UploadTarget): Promise<Buffer> {
  const refuse = (code: string, message: string, cause?: unknown) => EcmError.one('input', code, message, field, cause);

  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (error) {
    throw isMissing(error)
      ? refuse('file_not_found', m.file.missing(path), error)
      : refuse('file_unreadable', m.file.unreadable(path), error);
  }
  // Folders, devices, FIFOs and sockets: opening some of them blocks or never ends.
  if (!stats.isFile()) throw refuse('file_not_regular', m.file.notAFile(path));
  if (stats.size > maxBytes) throw refuse('file_too_large', m.file.tooLarge(path, maxBytes / BYTES_PER_MB));
  if (stats.size === 0) throw refuse('file_empty', m.file.empty(path));

  let content: Buffer;
  try {
    content = await readFile(path);
  } catch (error) {
    throw refuse('file_unreadable', m.file.unreadable(path), error);
  }
  // The file may have changed since it was measured.
  if (content.length > maxBytes) throw refuse('file_too_large', m.file.tooLarge(path, maxBytes / BYTES_PER_MB));
  if (content.length === 0) throw refuse('file_empty', m.file.empty(path));
  return content;
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
