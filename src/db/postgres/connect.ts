/** One connection to the server, and what went wrong when there is none, in words without the password. */
import pg from 'pg';
import { EcmError } from '../../errors.js';
import { messages as m } from '../../messages/index.js';
import { maskPassword, withLibpqSslModes } from './url.js';

const DEFAULT_CONNECT_TIMEOUT_S = 10;
const AUTH_FAILED = new Set(['28P01', '28000']);
const DATABASE_MISSING = '3D000';

/** One connection, which the whole command uses, so its one transaction can span every step. */
export async function connect(url: string): Promise<pg.Client> {
  const timeoutS = connectTimeout(url);
  const started = Date.now();
  try {
    const client = new pg.Client({
      connectionString: withLibpqSslModes(url),
      connectionTimeoutMillis: timeoutS * 1000,
      application_name: 'ecm',
    });
    // A connection lost between queries is reported as an event, which would end the process unhandled;
    // the next query fails instead, and that error takes the usual path.
    client.on('error', () => undefined);
    await client.connect();
    return client;
  } catch (error) {
    // pg reports its own timeout as "Connection terminated unexpectedly", as it does a server hanging up.
    const timedOut = Date.now() - started >= timeoutS * 1000 - 100;
    throw connectionError(error, url, timedOut ? m.database.noAnswer(timeoutS) : null);
  }
}

/** libpq's connect_timeout (seconds) when the URL has one; pg itself takes it only from PGCONNECT_TIMEOUT. */
function connectTimeout(url: string): number {
  const seconds = Number(/[?&]connect_timeout=(\d+)/i.exec(url)?.[1] ?? 0);
  return seconds > 0 ? seconds : DEFAULT_CONNECT_TIMEOUT_S;
}

function connectionError(error: unknown, url: string, detail: string | null): EcmError {
  const shown = maskPassword(url);
  const problem = (code: string, message: string) => EcmError.one('database', code, message, null, error);
  if (error instanceof pg.DatabaseError && AUTH_FAILED.has(error.code ?? '')) {
    return problem('database_auth_failed', m.database.authFailed(shown));
  }
  if (error instanceof pg.DatabaseError && error.code === DATABASE_MISSING) {
    return problem('database_missing', m.database.missing(shown));
  }
  // pg's own check before it sends anything, when the server asks for a password the URL does not have.
  if (!(error instanceof pg.DatabaseError) && error instanceof Error && /password/i.test(error.message)) {
    return problem('database_auth_failed', m.database.authFailed(shown));
  }
  return problem('database_unreachable', m.database.serverUnreachable(shown, detail ?? describe(error)));
}

/** Node reports a refused connection to a name with several addresses as an AggregateError without message. */
function describe(error: unknown): string {
  if (error instanceof AggregateError && error.message === '') {
    return error.errors.map((e: unknown) => (e instanceof Error ? e.message : String(e))).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}
