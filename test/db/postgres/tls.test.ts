/** TLS as the URL asks for it, with sslmode meaning what it means to psql, on a server with a self-signed certificate. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type PostgresDatabase } from '../../../src/db/postgres/open.js';
import { EcmError } from '../../../src/errors.js';
import { startServer, type TestServer } from '../../support/postgres-server.js';

let server: TestServer;
let database: string;
const warnings: Error[] = [];
const onWarning = (warning: Error) => warnings.push(warning);

beforeAll(async () => {
  server = await startServer({ tls: true });
  database = new URL(await server.createDatabase()).pathname.slice(1);
  process.on('warning', onWarning);
});
afterAll(async () => {
  process.off('warning', onWarning);
  await server?.stop();
});

async function encrypted(params: Record<string, string>, host = 'localhost'): Promise<boolean> {
  const db: PostgresDatabase = await openPostgres(server.url(database, params).replace('@localhost:', `@${host}:`));
  try {
    const { rows } = await db.client.query<{ ssl: boolean }>(
      'select ssl from pg_stat_ssl where pid = pg_backend_pid()',
    );
    return rows[0]!.ssl;
  } finally {
    await db.close();
  }
}

async function refused(params: Record<string, string>, host = 'localhost'): Promise<string> {
  const error: unknown = await encrypted(params, host).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(EcmError);
  expect((error as EcmError).problems[0]!.code).toBe('database_unreachable');
  return (error as EcmError).problems[0]!.message;
}

describe('sslmode', () => {
  it('require encrypts without asking for a CA', async () => {
    expect(await encrypted({ sslmode: 'require' })).toBe(true);
  });

  it('verify-full refuses a certificate no trusted CA signed', async () => {
    expect(await refused({ sslmode: 'verify-full' })).toMatch(/self[- ]signed certificate/);
  });

  it('verify-full accepts the certificate with its CA in sslrootcert, for the host it names', async () => {
    expect(await encrypted({ sslmode: 'verify-full', sslrootcert: server.certificate! })).toBe(true);
    expect(await refused({ sslmode: 'verify-full', sslrootcert: server.certificate! }, '127.0.0.1')).toMatch(
      /127\.0\.0\.1/,
    );
  });

  it('verify-ca checks the CA but not the host name', async () => {
    expect(await encrypted({ sslmode: 'verify-ca', sslrootcert: server.certificate! }, '127.0.0.1')).toBe(true);
  });

  it('disable, or none at all, does not encrypt', async () => {
    expect(await encrypted({ sslmode: 'disable' })).toBe(false);
    expect(await encrypted({})).toBe(false);
  });

  it("never makes pg print its warning about sslmode's meaning", () => {
    expect(warnings.map((warning) => warning.message).join('\n')).not.toMatch(/sslmode|SSL modes/i);
  });
});
