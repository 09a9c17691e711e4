import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/open.js';
import { maskPassword, withLibpqSslModes } from '../../../src/db/postgres/url.js';
import { EcmError } from '../../../src/errors.js';
import { postgresServer } from './harness.js';
import { freePort, PASSWORD } from '../../support/postgres-server.js';

async function failure(url: string): Promise<EcmError> {
  const error: unknown = await openDatabase(url).then(
    async (db) => {
      await db.close();
      return null;
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EcmError);
  const ecm = error as EcmError;
  expect(ecm.kind).toBe('database');
  expect(ecm.problems).toHaveLength(1);
  expect(ecm.problems[0]!.field).toBeNull();
  expect(JSON.stringify(ecm.problems)).not.toContain(PASSWORD);
  return ecm;
}

describe('connection problems', () => {
  it('name a server that does not answer on the port as unreachable, without the password', async () => {
    const url = `postgres://postgres:${PASSWORD}@localhost:${await freePort()}/ecm`;
    const { problems } = await failure(url);
    expect(problems[0]!.code).toBe('database_unreachable');
    expect(problems[0]!.message).toContain('postgres://postgres:***@localhost:');
    expect(problems[0]!.message).toMatch(/ECONNREFUSED/);
  });

  it('name a host that does not exist as unreachable', async () => {
    const { problems } = await failure(`postgresql://postgres:${PASSWORD}@no-such-host.invalid/ecm`);
    expect(problems[0]!.code).toBe('database_unreachable');
    expect(problems[0]!.message).toMatch(/ENOTFOUND|EAI_AGAIN/);
  });

  describe('a server that accepts the connection and then says nothing', () => {
    const sockets: Socket[] = [];
    let silent: Server;
    afterAll(() => {
      for (const socket of sockets) socket.destroy();
      silent?.close();
    });

    it('is unreachable after the connect_timeout of the URL', async () => {
      silent = createServer((socket) => sockets.push(socket));
      const port = await new Promise<number>((resolve) =>
        silent.listen(0, '127.0.0.1', () => resolve((silent.address() as { port: number }).port)),
      );
      const started = Date.now();
      const { problems } = await failure(`postgres://postgres:${PASSWORD}@127.0.0.1:${port}/ecm?connect_timeout=1`);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
      expect(problems[0]).toMatchObject({ code: 'database_unreachable' });
      expect(problems[0]!.message).toMatch(/no answer within 1 s/);
    });
  });

  it('name a wrong password as failed authentication, without the password', async () => {
    const server = await postgresServer();
    const url = server.url('postgres').replace(PASSWORD, 'not-the-password');
    const { problems } = await failure(url);
    expect(problems[0]!.code).toBe('database_auth_failed');
    expect(problems[0]!.message).toContain(`postgres://postgres:***@localhost:${server.port}/postgres`);
    expect(problems[0]!.message).not.toContain('not-the-password');
  });

  it('name a missing password as failed authentication', async () => {
    const server = await postgresServer();
    const { problems } = await failure(`postgres://postgres@localhost:${server.port}/postgres`);
    expect(problems[0]!.code).toBe('database_auth_failed');
  });

  it('name a database that does not exist as missing', async () => {
    const server = await postgresServer();
    const { problems } = await failure(server.url('no_such_database'));
    expect(problems[0]!.code).toBe('database_missing');
    expect(problems[0]!.message).toContain('/no_such_database');
  });
});

describe('the URL', () => {
  it('is shown with its password masked, wherever the password is', () => {
    expect(maskPassword('postgres://jan:s3cret@db.example:5432/ecm?sslmode=require')).toBe(
      'postgres://jan:***@db.example:5432/ecm?sslmode=require',
    );
    expect(maskPassword('postgresql://jan:p@ss/w0rd@db.example/ecm')).toBe('postgresql://jan:***@db.example/ecm');
    expect(maskPassword('postgres://db.example/ecm?user=jan&password=s3cret')).toBe(
      'postgres://db.example/ecm?user=jan&password=***',
    );
    expect(maskPassword('postgres://jan@db.example:5432/ecm')).toBe('postgres://jan@db.example:5432/ecm');
    expect(maskPassword('postgres://db.example:5432/ecm')).toBe('postgres://db.example:5432/ecm');
  });

  it('of an unsupported kind is named without its password', async () => {
    const error: unknown = await openDatabase('mysql://jan:s3cret@db.example/ecm').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'input', problems: [{ code: 'invalid_database_url' }] });
    expect(JSON.stringify((error as EcmError).problems)).not.toContain('s3cret');
  });

  it('gets libpq semantics for sslmode, unless it chose otherwise', () => {
    expect(withLibpqSslModes('postgres://h/db?sslmode=require')).toBe(
      'postgres://h/db?sslmode=require&uselibpqcompat=true',
    );
    expect(withLibpqSslModes('postgres://h/db')).toBe('postgres://h/db');
    expect(withLibpqSslModes('postgres://h/db?sslmode=require&uselibpqcompat=false')).toBe(
      'postgres://h/db?sslmode=require&uselibpqcompat=false',
    );
  });
});
