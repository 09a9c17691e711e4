// `npm run build`: the CLI bundled by esbuild into dist/cli/, for start-up time. Node resolves, reads and
// compiles a few chunks instead of hundreds of files (zod, drizzle-orm and commander alone are over 200),
// and each command's chunk is still loaded only when that command runs (ESM splitting keeps the dynamic
// imports). Type-checking stays with `npm run typecheck`.
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildPdfjs } from './build-pdfjs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/cli`;

rmSync(`${root}dist`, { recursive: true, force: true });
const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  // Flat: every chunk lies two levels below the package root, as src/db/migrations-folder.ts and the
  // package.json read by src/cli/main.ts expect.
  outdir,
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.16',
  // Less text for V8 to scan on every start (some 5 ms of a create); names stay, for --debug's stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  // Native (better-sqlite3, sharp), loaded only by the commands that need them (pg, pdf-lib, pdfjs-dist), or
  // patched from node_modules by test/e2e/hooks/hold-before-commit.js, which must see the same module.
  external: ['better-sqlite3', 'pg', 'sharp', 'pdf-lib', 'pdfjs-dist'],
  // Bundled CommonJS (commander) calls require() for node's own modules, which an ES module does not have.
  banner: {
    js: "import { createRequire as __ecmRequire } from 'node:module'; const require = __ecmRequire(import.meta.url);",
  },
  metafile: true,
  logLevel: 'warning',
});
// What each chunk holds, for test/e2e/startup-loads.test.ts (and esbuild's bundle analyser).
writeFileSync(`${root}dist/meta.json`, JSON.stringify(metafile));
await buildPdfjs(root);
