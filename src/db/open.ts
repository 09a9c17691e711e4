/**
 * Picks the database from its URL: a file path or file: URL is an embedded SQLite file (created and
 * migrated on first use), postgres:// a server. The drivers are imported only here, only when needed.
 */
import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EcmError } from '../errors.js';
import { messages as m } from '../messages/index.js';
import type { Database } from './ports.js';
import { maskPassword } from './postgres/url.js';

/** The embedded default: one file per user, where the XDG convention puts application data. */
function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  const dataHome =
    env.XDG_DATA_HOME && env.XDG_DATA_HOME !== '' ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(dataHome, 'ecm', 'ecm.sqlite');
}

type DatabaseLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

function locateDatabase(url: string | undefined, env: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  if (url === undefined) return { kind: 'sqlite', path: defaultDatabasePath(env) };
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: 'postgres', url };
  if (url === ':memory:') return { kind: 'sqlite', path: url };
  if (/^file:/i.test(url)) {
    try {
      return {
        kind: 'sqlite',
        path: url.startsWith('file://') ? fileURLToPath(url) : resolve(decodeURIComponent(url.slice(5))),
      };
    } catch {
      throw EcmError.one('input', 'invalid_database_url', m.database.unsupportedUrl(maskPassword(url)));
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url))
    throw EcmError.one('input', 'invalid_database_url', m.database.unsupportedUrl(maskPassword(url)));
  return { kind: 'sqlite', path: resolve(url) };
}

/** 'read' opens only a database that exists; 'write' may create (and migrate) a SQLite file. */
export type DatabaseAccess = 'read' | 'write';

export async function openDatabase(
  url: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  access: DatabaseAccess = 'write',
): Promise<Database> {
  const location = locateDatabase(url, env);
  if (access === 'read' && location.kind === 'sqlite' && location.path !== ':memory:' && isMissing(location.path)) {
    throw EcmError.one('input', 'not_initialised', m.setup.noDatabase(location.path));
  }
  try {
    if (location.kind === 'postgres') {
      const { openPostgres } = await import('./postgres/open.js');
      return await openPostgres(location.url);
    }
    const { openSqlite } = await import('./sqlite/open.js');
    return await openSqlite(location.path);
  } catch (error) {
    if (error instanceof EcmError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new EcmError(
      'database',
      [{ field: null, code: 'database_unavailable', message: m.database.unreachable(detail) }],
      { cause: error },
    );
  }
}

/** Nothing at the path; a path that cannot be looked at (a file where a folder should be) is left to the opening. */
function isMissing(path: string): boolean {
  try {
    statSync(path);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}
