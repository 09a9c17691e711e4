/**
 * sharp, loaded on first use, so commands that never look at an image (and `ecm --help`) do not pay for
 * libvips. Its CommonJS build, by require: node 20 takes some 90 ms to load sharp's ES module build (ES
 * modules importing CommonJS packages, each parsed for its exports) against some 35 ms for the same library
 * by require, and a create with a logo waits for it on its main thread.
 */
import { createRequire } from 'node:module';
import type sharp from 'sharp';

// Not named `require`: every chunk of the bundle declares one of its own (scripts/build.js).
const requireHere = createRequire(import.meta.url);

export function loadSharp(): typeof sharp {
  return requireHere('sharp') as typeof sharp;
}
