/**
 * Tab completion of a typed path, as a shell does it: the entries of the folder typed so far whose names start
 * with the rest of the line, completed to their longest common prefix. A folder gets a trailing "/", so the next
 * Tab goes on inside it; hidden entries only match a name typed with its leading ".".
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export interface Completion {
  /** The line with as much added as all the matches share. */
  line: string;
  /** The matching entries, folders with their "/", when more than one matches; otherwise none. */
  candidates: string[];
}

/** `typed` is relative to `cwd` unless it is absolute or starts with `~/`. */
export async function completePath(typed: string, cwd = process.cwd(), home = homedir()): Promise<Completion> {
  if (typed === '~') return { line: '~/', candidates: [] };
  const folderPart = typed.slice(0, typed.lastIndexOf('/') + 1);
  const namePart = typed.slice(folderPart.length);
  const folder = folderPart.startsWith('~/') ? join(home, folderPart.slice(2)) : resolve(cwd, folderPart || '.');

  const matches = (await entries(folder)).filter(
    (entry) => entry.name.startsWith(namePart) && (namePart.startsWith('.') || !entry.name.startsWith('.')),
  );
  if (matches.length === 0) return { line: typed, candidates: [] };
  const named = await Promise.all(
    matches.map(async (entry) => ((await isFolder(folder, entry)) ? `${entry.name}/` : entry.name)),
  );
  if (named.length === 1) return { line: folderPart + named[0], candidates: [] };
  const names = matches.map((entry) => entry.name);
  return { line: folderPart + commonPrefix(names), candidates: named.sort() };
}

/** A folder that cannot be read (missing, no permission, a file) offers nothing, as in a shell. */
async function entries(folder: string): Promise<Dirent[]> {
  try {
    return await readdir(folder, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** A link to a folder is completed as a folder: typing on goes through it. */
async function isFolder(folder: string, entry: Dirent): Promise<boolean> {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  const target = await stat(join(folder, entry.name)).catch(() => null);
  return target?.isDirectory() ?? false;
}

/** Compared by code point, so a prefix never ends in half a character. */
function commonPrefix(names: string[]): string {
  return names.reduce((prefix, name) => {
    const [ours, theirs] = [[...prefix], [...name]];
    let length = 0;
    while (length < ours.length && ours[length] === theirs[length]) length++;
    return ours.slice(0, length).join('');
  });
}
