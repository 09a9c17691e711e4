/**
 * A file is checked where it is typed, by the same inspection that runs before anything is created, so a
 * damaged image or a PDF that needs a password is refused at its question, not after the whole form.
 */
import { resolve } from 'node:path';
import type { FormLookups } from './prompter.js';

export type FileKind = 'image' | 'pdf';

/** Relative paths are taken from the working directory, the folder the operator typed them in. */
export function absolutePath(path: string): string {
  return resolve(process.cwd(), path);
}

export function fileRule(kind: FileKind, lookups: FormLookups): (path: string) => Promise<true | string> {
  return async (path) => {
    const absolute = absolutePath(path);
    const verdict = await lookups.inspectFile(absolute, kind);
    // Said back the way it was typed, which is how the operator recognises it.
    return verdict === true ? true : verdict.replaceAll(absolute, path);
  };
}
