/**
 * A quick look at a file while it is being asked for: it exists, is a regular file, and its first bytes are
 * of the expected kind. Size, dimensions and readability are checked thoroughly before anything is created,
 * and also at the question when the lookups offer that check (the CLI does), so that a damaged image or a PDF
 * that needs a password is refused where it was typed, not after the whole form.
 */
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { messages as m } from '../../messages/index.js';
import type { FormLookups } from './prompter.js';

export type FileKind = 'image' | 'pdf';

const SIGNATURES: Record<FileKind, readonly Buffer[]> = {
  image: [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from([0xff, 0xd8, 0xff])],
  pdf: [Buffer.from('%PDF-', 'latin1')],
};

/** Relative paths are taken from the working directory, the folder the operator typed them in. */
export function absolutePath(path: string): string {
  return resolve(process.cwd(), path);
}

export async function fileProblem(path: string, kind: FileKind): Promise<true | string> {
  const absolute = absolutePath(path);
  const info = await stat(absolute).catch(() => null);
  if (!info) return m.file.missing(path);
  if (!info.isFile()) return m.file.notAFile(path);
  const head = await firstBytes(absolute, 8);
  if (!head) return m.file.unreadable(path);
  if (!SIGNATURES[kind].some((signature) => head.subarray(0, signature.length).equals(signature))) {
    return kind === 'image' ? m.file.notAnImage(path) : m.file.notAPdf(path);
  }
  return true;
}

async function firstBytes(path: string, count: number): Promise<Buffer | null> {
  try {
    const file = await open(path, 'r');
    try {
      const { buffer, bytesRead } = await file.read(Buffer.alloc(count), 0, count, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch {
    return null;
  }
}

/** The quick look, then the thorough check when the lookups offer it. */
export function fileRule(kind: FileKind, lookups: FormLookups): (path: string) => Promise<true | string> {
  return async (path) => {
    const quick = await fileProblem(path, kind);
    return quick === true && lookups.inspectFile ? lookups.inspectFile(path, kind) : quick;
  };
}
