/**
 * Where `klantadmin add` and `reset-password` show the temporary password when a person runs them: in the
 * summary when stdout is the terminal, once on stderr when stdout goes to a file. Needs `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn as spawnPty } from '@lydell/node-pty';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/klant/password.js';
import { messages as m } from '../../src/messages/index.js';
import { query } from '../support/database.js';
import { ROOT } from '../support/paths.js';
import { ecmInTerminal, ecmOk, personEnv, PtySession, shown, supplierDatabase } from './support/ecm.js';

const BIN = join(ROOT, 'bin', 'ecm.js');

async function passwordWorks(db: string, username: string, password: string): Promise<boolean> {
  const [user] = await query<{ password_hash: string }>(
    db,
    `select password_hash from users where username = '${username}'`,
  );
  return verifyPassword(password, user!.password_hash);
}

async function withKpn(): Promise<string> {
  const db = await supplierDatabase();
  await ecmOk(db, [
    'klant',
    'create',
    '--acro',
    'KPN',
    '--name',
    'KPN',
    '--admin-username',
    'kpn.beheer',
    '--admin-email',
    'b@kpn.example',
  ]);
  return db;
}

describe('the klantadmin commands in a terminal', () => {
  it('reset-password on a terminal: the new password in the summary, and it is the one that works', async () => {
    const db = await withKpn();
    const s = ecmInTerminal(db, ['klantadmin', 'reset-password', 'KPN', 'kpn.beheer']);
    // With the line under it, so that the password is read whole.
    const passwordLine = /^ {2}Temporary password +(\S+)\n\s+\S/m;
    expect((await s.endedShowing(passwordLine)).code).toBe(0);
    const password = s.history().match(passwordLine)?.[1] ?? '';
    expect(await passwordWorks(db, 'kpn.beheer', password)).toBe(true);
  });

  it('add with stdout to a file: the password once on the terminal (stderr), never in the file', async () => {
    const db = await withKpn();
    const out = join(db, '..', 'out.txt');
    const command = `"${process.execPath}" "${BIN}" klantadmin add KPN --username kpn.inkoop --email i@kpn.example > "${out}"`;
    const s = new PtySession(
      spawnPty('/bin/sh', ['-c', command], {
        name: 'xterm-256color',
        cols: 100,
        rows: 40,
        cwd: ROOT,
        env: personEnv(db),
      }),
      'klantadmin add > out.txt',
    );
    const noticeLine = new RegExp(`${shown(m.summary.passwordNotice('kpn.inkoop')).source}\\s+(\\S+)`);
    expect((await s.endedShowing(noticeLine)).code).toBe(0);
    // Read after the end, when nothing more can come: the password is the notice's last word.
    const notice = s.history().match(noticeLine);
    const password = notice?.[1] ?? '';
    expect(await passwordWorks(db, 'kpn.inkoop', password)).toBe(true);
    expect(s.history().split(password)).toHaveLength(2);
    const file = readFileSync(out, 'utf8');
    expect(file).toContain(m.summary.passwordOnTerminal);
    expect(file).not.toContain(password);
  });
});
