/**
 * Loaded into an `ecm` process with `node --import` by the test of what a start loads: every module the
 * process loads is written, as its URL, one a line, to the file ECM_TEST_LOADS names. The recording runs
 * in node's loader thread (record-loads-hook.js), which sees every import of an ES module, dynamic ones too.
 * What is loaded by require() (sharp) passes no loader hook in node 20: those modules are written at exit,
 * from require's cache.
 */
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

register('./record-loads-hook.js', import.meta.url, { data: { file: process.env.ECM_TEST_LOADS } });

const required = createRequire(import.meta.url).cache;
process.on('exit', () => {
  const urls = Object.keys(required).map((path) => `${pathToFileURL(path).href}\n`);
  appendFileSync(process.env.ECM_TEST_LOADS, urls.join(''));
});
