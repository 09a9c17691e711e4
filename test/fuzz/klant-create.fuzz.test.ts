/**
 * Property-based: generated `klant create --json -` documents, valid and hostile, through the built binary on
 * SQLite and PostgreSQL. A fixed seed keeps `npm test` repeatable; `npm run fuzz` runs many more cases with
 * a seed of its own.
 */
import { afterAll, expect, it } from 'vitest';
import { snapshot } from '../support/database.js';
import { ecm, initialisedDatabase } from '../e2e/run-ecm.js';
import { fuzzCase } from './arbitraries.js';
import { makeOddPlaces } from './file-paths.js';
import { checkCase, Databases, fuzz } from './property.js';

const SEED = 20261127;
// A spawn costs about half a second on a loaded machine and every case runs on both engines.
const RUNS = 75;
/** Process starts are CPU-bound: four at a time keep two cores busy. */
const WORKERS = 4;

const places = makeOddPlaces();
afterAll(() => places.remove());

it(`${RUNS} generated inputs keep the contract on both engines`, async () => {
  const databases = new Databases({
    fresh: (dialect) => initialisedDatabase(dialect, { klanten: ['NS'] }),
    // run-ecm removes every copy after the file.
    discard: async () => undefined,
    snapshot,
  });
  const result = await fuzz({
    arbitrary: fuzzCase(places),
    check: (c) => checkCase(ecm, databases, c),
    seed: SEED,
    runs: RUNS,
    workers: WORKERS,
  });
  expect(result.failures.join('\n\n')).toBe('');
  expect(result.cases).toBe(RUNS);
}, 180_000);
