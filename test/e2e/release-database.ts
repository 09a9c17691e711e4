/** A copy of a database written by the first release (test/fixtures/release-0.1.0), on either engine. */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT } from '../support/paths.js';
import { newDatabase, tempDir, type Dialect } from './run-ecm.js';

const RELEASE = join(ROOT, 'test', 'fixtures', 'release-0.1.0');

export async function releaseDatabase(dialect: Dialect): Promise<string> {
  if (dialect === 'sqlite') {
    const path = join(tempDir(), 'ecm.sqlite');
    copyFileSync(join(RELEASE, 'ecm.sqlite'), path);
    return path;
  }
  const url = await newDatabase(dialect);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(readFileSync(join(RELEASE, 'postgres.sql'), 'utf8'));
  } finally {
    await client.end();
  }
  return url;
}
