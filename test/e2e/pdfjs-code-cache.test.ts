/**
 * Start-up time (issue 9): the PDF worker compiles pdf.js from the V8 code cache `npm run build` writes beside
 * it (scripts/build-pdfjs.js). V8 silently compiles from scratch when it refuses a cache, so only this test
 * would notice a build whose cache the installed node does not accept.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

const SCRIPT = join(ROOT, 'dist', 'pdfjs', 'pdfjs.js');

describe("pdf.js's code cache", () => {
  it('is accepted by node started as ecm starts it, in a worker thread', () => {
    const inWorker = `
      const { readFileSync } = require('node:fs');
      const { Script } = require('node:vm');
      const path = ${JSON.stringify(SCRIPT)};
      const script = new Script(readFileSync(path, 'utf8'), { filename: path, cachedData: readFileSync(path + '.cache') });
      process.stdout.write(script.cachedDataRejected ? 'rejected' : 'accepted');
    `;
    const check = `new (require('node:worker_threads').Worker)(${JSON.stringify(inWorker)}, { eval: true });`;
    const env = { ...process.env };
    // As bin/ecm.js is started: V8 refuses a cache made under other V8 flags.
    delete env.NODE_OPTIONS;
    const result = spawnSync(process.execPath, ['-e', check], { env, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('accepted');
  });
});
