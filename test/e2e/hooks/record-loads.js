/**
 * Loaded into an `ecm` process with `node --import` by the test of what a start loads: every module the
 * process imports is written, as its URL, one a line, to the file ECM_TEST_LOADS names. The recording runs
 * in node's loader thread (record-loads-hook.js), which sees every import of an ES module, dynamic ones too.
 */
import { register } from 'node:module';

register('./record-loads-hook.js', import.meta.url, { data: { file: process.env.ECM_TEST_LOADS } });
