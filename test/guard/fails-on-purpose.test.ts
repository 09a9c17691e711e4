/**
 * Fails on purpose, and only runs when named (`npm run test:guard`): CI requires this run to exit non-zero,
 * which proves that nothing in the test setup (the PostgreSQL server included) can turn a failure into
 * success.
 */
import { expect, it } from 'vitest';
import { emptyDatabaseUrl, query } from '../support/database.js';

it('fails after using the real PostgreSQL server of the global setup', async () => {
  const rows = await query<{ answer: number }>(await emptyDatabaseUrl('postgres'), 'select 41 as answer');
  expect(rows[0]!.answer).toBe(42);
});
