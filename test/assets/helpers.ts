import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, vi } from 'vitest';
import { EcmError, type Problem } from '../../src/errors.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export { CORPUS } from '../support/paths.js';
export const FIXTURES = join(repoRoot, 'fixtures', 'files');

/** The problems of the input error `promise` rejects with; fails the test on any other outcome. */
export async function inputProblems(promise: Promise<unknown>): Promise<Problem[]> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(EcmError);
  expect((error as EcmError).kind).toBe('input');
  return [...(error as EcmError).problems];
}

/** Records everything written to stdout/stderr or the console, which the CLI reserves for its result. */
export function watchOutput(): { written: () => unknown[][]; restore: () => void } {
  const spies = [
    vi.spyOn(process.stdout, 'write'),
    vi.spyOn(process.stderr, 'write'),
    ...(['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir'] as const).map((method) => vi.spyOn(console, method)),
  ];
  return {
    written: () => spies.flatMap((spy) => spy.mock.calls),
    restore: () => spies.forEach((spy) => spy.mockRestore()),
  };
}

/** A fresh directory, removed after the test file. */
export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ecm-assets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
