/**
 * The language is chosen after every module is loaded (main.ts imports them before it reads the environment),
 * so a module that reads a text while it is loaded — `const L = m.summary.labels` at the top, a zod schema with
 * `{ error: m.… }` — would keep the English whatever the language. Here every module of src/ is loaded while any
 * read of the messages throws, naming the module and the text.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as texts from '../../src/messages/index.js';
import { ROOT } from '../support/paths.js';

const state = vi.hoisted(() => ({ loading: true }));

vi.mock('../../src/messages/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof texts>();
  const messages = new Proxy(real.messages, {
    get(target, key, receiver) {
      if (state.loading) throw new Error(`messages.${String(key)} was read while the module was loaded`);
      return Reflect.get(target, key, receiver);
    },
  });
  return { ...real, messages };
});

function modules(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : modules(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('the messages', () => {
  it('are read by no module while it is loaded, only when it speaks', async () => {
    const files = modules(join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(100);
    const failures: string[] = [];
    for (const file of files) {
      await import(file).catch((error: Error) => failures.push(`${relative(ROOT, file)}: ${error.message}`));
    }
    state.loading = false;
    expect(failures).toEqual([]);
  });

  it('are read afterwards as ever', async () => {
    state.loading = false;
    const { messages } = await import('../../src/messages/index.js');
    expect(messages.field.required).toBe('is required');
  });
});
