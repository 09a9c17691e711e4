/**
 * Start-up time (issue 9): what a command loads is what it pays for. The built bundle keeps each command's
 * code and every heavy package in chunks of their own, loaded only when needed; these runs record which
 * modules the process imports or requires and name the packages whose code they hold (from the build's
 * metafile, for what the bundle took in, and from the URL, for what it left outside).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FILES, ROOT } from '../support/paths.js';
import { ecm, initialisedDatabase, tempDir } from './run-ecm.js';

const HOOK = pathToFileURL(join(ROOT, 'test', 'e2e', 'hooks', 'record-loads.js')).href;
const DIST = join(ROOT, 'dist');

function packageOf(path: string): string | null {
  const match = /[/\\]node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+)/.exec(path);
  return match ? match[1]!.replace(/\\/g, '/') : null;
}

/** The files of the modules `ecm args`, which must succeed, loaded: the bundle's chunks and what they left out. */
async function filesLoaded(args: string[], db?: string): Promise<string[]> {
  const record = join(tempDir(), 'loads.txt');
  const result = await ecm(args, {
    db,
    env: { ECM_USER: 'jan', NODE_OPTIONS: `--import=${HOOK}`, ECM_TEST_LOADS: record },
  });
  expect(result.code, result.stderr).toBe(0);
  const urls = new Set(readFileSync(record, 'utf8').split('\n'));
  return [...urls].filter((url) => url.startsWith('file:')).map((url) => fileURLToPath(url));
}

/** The packages whose code ran in `ecm args`, which must succeed. */
async function packagesLoaded(args: string[], db?: string): Promise<string[]> {
  const { outputs } = JSON.parse(readFileSync(join(DIST, 'meta.json'), 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, unknown> }>;
  };
  const packages = new Set<string>();
  for (const path of await filesLoaded(args, db)) {
    const inputs = path.startsWith(DIST) ? Object.keys(outputs[relative(ROOT, path)]!.inputs) : [path];
    for (const input of inputs) {
      const name = packageOf(`/${input}`);
      if (name) packages.add(name);
    }
  }
  return [...packages].sort();
}

describe('what a start loads', () => {
  it('is only commander for --help', async () => {
    expect(await packagesLoaded(['--help'])).toEqual(['commander']);
  });

  it('is no spinner, prompt, image, PDF or PostgreSQL package for a create without files or terminal', async () => {
    const db = await initialisedDatabase('sqlite');
    expect(await packagesLoaded(['klant', 'create', '--no-input', '--acro', 'KPN', '--name', 'KPN'], db)).toEqual([
      'better-sqlite3',
      // better-sqlite3's own, to find its native module
      'bindings',
      'chalk',
      'commander',
      'drizzle-orm',
      'file-uri-to-path',
      'zod',
    ]);
  });

  it("is sharp's CommonJS build for a create with a logo: node 20 loads its ES module build far slower", async () => {
    const db = await initialisedDatabase('sqlite');
    const logo = join(FILES, 'portal-logo.png');
    const files = await filesLoaded(
      ['klant', 'create', '--no-input', '--acro', 'KPN', '--name', 'KPN', '--logo', logo],
      db,
    );
    const sharp = files
      .filter((path) => packageOf(path) === 'sharp')
      .map((path) => relative(join(ROOT, 'node_modules'), path));
    expect(sharp).toContain(join('sharp', 'dist', 'index.cjs'));
    expect(sharp.filter((path) => path.endsWith('.mjs'))).toEqual([]);
  });
});
