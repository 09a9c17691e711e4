/**
 * The text of `<file|->` for `--json` and `klant import`: the file, or standard input for `-`; how to name it
 * in a message; and the folder its relative file paths are taken from (the file's own, or the working one).
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { text as readStream } from 'node:stream/consumers';
import type { EcmError } from '../errors.js';
import { messages as m } from '../messages/index.js';
import type { CliContext } from './context.js';

export interface InputSource {
  content: string;
  /** The path, or "standard input" in the chosen language. */
  label: string;
  baseDir: string;
}

/** `unreadable` makes the command's own error (its code differs) from the label and the reason. */
export async function readInputSource(
  cli: CliContext,
  source: string,
  unreadable: (label: string, detail: string, cause: unknown) => EcmError,
): Promise<InputSource> {
  const fromStdin = source === '-';
  const label = fromStdin ? m.input.standardInput : source;
  try {
    const content = fromStdin ? await readStream(cli.stdin) : await readFile(source, 'utf8');
    return { content, label, baseDir: fromStdin ? process.cwd() : dirname(resolve(source)) };
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code === 'ENOENT' ? m.input.noSuchFile : (error as Error).message;
    throw unreadable(label, detail, error);
  }
}
