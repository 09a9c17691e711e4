/**
 * Contract, "Database, supplier, operator": where the data lives, `init`, the leverancieradmins, the
 * templates, and who a writing command acts for.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messages as m } from '../../src/messages/index.js';
import { query, snapshot } from '../support/database.js';
import { DIALECTS, ecm, failureOf, initialisedDatabase, jsonOf, newDatabase, problemsOf, tempDir } from './run-ecm.js';

const json = ['--output', 'json'];
const init = (...args: string[]) => [
  'init',
  '--supplier',
  'acme',
  '--admin',
  'jan',
  '--admin-email',
  'jan@acme.example',
  ...args,
];

describe.concurrent('where the data lives: SQLite files, and URLs of no known kind', () => {
  it('a file path: created and migrated on first use, folders included', async () => {
    const db = join(tempDir(), 'nested', 'deeper', 'ecm.sqlite');
    const result = await ecm(init(...json), { db });
    expect(result.code).toBe(0);
    expect(existsSync(db)).toBe(true);
    expect(jsonOf(await ecm(['template', 'list', ...json], { db }))).toHaveLength(3);
  });

  it('a relative path is taken from the working directory; a file: URL works too', async () => {
    const dir = tempDir();
    const relative = await ecm(init(...json), { db: 'relative.sqlite', cwd: dir });
    expect(relative.code).toBe(0);
    expect(existsSync(join(dir, 'relative.sqlite'))).toBe(true);
    const url = pathToFileURL(join(dir, 'url.sqlite')).href;
    expect((await ecm(init(...json), { db: url })).code).toBe(0);
    expect(existsSync(join(dir, 'url.sqlite'))).toBe(true);
  });

  it('without either, the per-user data file (under XDG_DATA_HOME)', async () => {
    const home = tempDir();
    const env = { ECM_DATABASE_URL: undefined, XDG_DATA_HOME: join(home, 'data'), HOME: home };
    const result = await ecm(init(...json), { env });
    expect(result.code).toBe(0);
    expect(existsSync(join(home, 'data', 'ecm', 'ecm.sqlite'))).toBe(true);
  });

  it('a URL scheme it does not know is bad input', async () => {
    const result = await ecm(['klant', 'list', ...json], { db: 'mysql://localhost/ecm' });
    expect(result.code).toBe(2);
    expect(problemsOf(result)).toEqual([[null, 'invalid_database_url']]);
  });
});

describe.concurrent('where the data lives: PostgreSQL', () => {
  it('a postgres:// or postgresql:// URL of an empty database: migrated on first use', async () => {
    const db = await newDatabase('postgres');
    const result = await ecm(init(...json), { db: db.replace(/^postgres:/, 'postgresql:') });
    expect(result.code, result.stderr).toBe(0);
    expect(jsonOf(await ecm(['template', 'list', ...json], { db }))).toHaveLength(3);
  });
});

describe.each(DIALECTS)('on %s', (dialect) => {
  describe.concurrent('where the data lives', () => {
    it('--database wins over ECM_DATABASE_URL', async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'plain-file'), '');
      const unreachable = join(dir, 'plain-file', 'ecm.sqlite');
      const chosen = await newDatabase(dialect);
      const result = await ecm(init('--database', chosen, ...json), { db: unreachable });
      expect(result.code).toBe(0);
      const listed = await ecm(['--database', chosen, 'leverancieradmin', 'list', ...json], { db: unreachable });
      expect(jsonOf(listed)).toEqual([{ username: 'jan', email: 'jan@acme.example' }]);
    });
  });

  describe.concurrent('ecm init', () => {
    it('sets up the supplier with the default domain and the first leverancieradmin', async () => {
      const db = await newDatabase(dialect);
      const result = await ecm(
        ['init', '--supplier', 'acme', '--admin', 'Jän', '--admin-email', 'jan@acme.example', ...json],
        {
          db,
        },
      );
      expect([result.code, result.stderr]).toEqual([0, '']);
      expect(jsonOf(result)).toEqual({
        ok: true,
        supplier: { name: 'acme', domain: 'ecmanage.nl', url: 'https://acme.ecmanage.nl' },
        leverancieradmin: { username: 'jan', email: 'jan@acme.example' },
      });
      expect(jsonOf(await ecm(['leverancieradmin', 'list', ...json], { db }))).toEqual([
        { username: 'jan', email: 'jan@acme.example' },
      ]);
    });

    it('takes another domain; the environments live below its URL', async () => {
      const db = await newDatabase(dialect);
      const result = await ecm(init('--supplier', 'werkkleding-2', '--domain', 'Example.COM', ...json), { db });
      expect(result.code).toBe(0);
      expect(jsonOf(result).supplier).toEqual({
        name: 'werkkleding-2',
        domain: 'example.com',
        url: 'https://werkkleding-2.example.com',
      });
      const created = await ecm(['klant', 'create', '--acro', 'KPN-Zakelijk', '--name', 'KPN', ...json], { db });
      expect(jsonOf(created).klant.url).toBe('https://werkkleding-2.example.com/kpn-zakelijk');
    });

    it('text output: a confirmation on stdout', async () => {
      const result = await ecm(init(), { db: await newDatabase(dialect) });
      expect([result.code, result.stderr]).toEqual([0, '']);
      expect(result.stdout).toContain(m.summary.initDone('https://acme.ecmanage.nl'));
    });

    it('refuses a supplier name that is no host name, and names every missing option at once', async () => {
      const db = await newDatabase(dialect);
      for (const name of ['Acme', 'acme_1', '-acme', 'acme-', 'ac me', 'acme.nl', 'x'.repeat(64)]) {
        const result = await ecm(init('--supplier', name, ...json), { db });
        expect(result.code, name).toBe(2);
        expect(problemsOf(result)).toEqual([['supplier', 'invalid_value']]);
      }
      const bare = await ecm(['init', ...json], { db });
      expect(bare.code).toBe(2);
      expect(problemsOf(bare)).toEqual([
        ['supplier', 'required'],
        ['admin', 'required'],
        ['adminEmail', 'required'],
      ]);
    });

    it('installs the standard templates, standaard being the default', async () => {
      const db = await initialisedDatabase(dialect);
      const templates = jsonOf(await ecm(['template', 'list', ...json], { db }));
      for (const template of templates) expect(Object.keys(template).sort()).toEqual(['description', 'name']);
      expect(templates.map((t: { name: string }) => t.name)).toContain('standaard');
      const created = await ecm(['klant', 'create', '--acro', 'NS', '--name', 'NS', ...json], { db });
      expect(jsonOf(created).klant.template).toBe('standaard');
      const text = await ecm(['template', 'list'], { db });
      expect([text.code, text.stderr]).toEqual([0, '']);
      expect(text.stdout).toContain('standaard');
    });
  });

  describe.concurrent('ecm leverancieradmin', () => {
    it('add: created in every existing environment, with a normalised username', async () => {
      const db = await initialisedDatabase(dialect);
      for (const acro of ['NS', 'KPN']) {
        expect((await ecm(['klant', 'create', '--acro', acro, '--name', acro], { db })).code).toBe(0);
      }
      const added = await ecm(
        ['leverancieradmin', 'add', '--username', ' Piët ', '--email', 'piet@acme.example', ...json],
        {
          db,
        },
      );
      expect([added.code, added.stderr]).toEqual([0, '']);
      expect(jsonOf(added)).toEqual({
        ok: true,
        leverancieradmin: { username: 'piet', email: 'piet@acme.example' },
        environments: 2,
      });
      for (const acro of ['NS', 'kpn']) {
        const shown = jsonOf(await ecm(['klant', 'show', acro, ...json], { db }));
        expect(shown.users).toEqual([
          { username: 'jan', email: 'jan@acme.example', role: 'leverancieradmin' },
          { username: 'piet', email: 'piet@acme.example', role: 'leverancieradmin' },
        ]);
      }
      // Later environments get the new admin as well.
      const later = await ecm(['klant', 'create', '--acro', 'AH', '--name', 'AH', '--as', 'piet', ...json], { db });
      expect(jsonOf(later).leverancieradmins).toEqual(['jan', 'piet']);
    });

    it('add: exit 3 and nothing changed when the normalised username is in use in an environment', async () => {
      const db = await initialisedDatabase(dialect);
      const created = await ecm(
        [
          'klant',
          'create',
          '--acro',
          'NS',
          '--name',
          'NS',
          '--admin-username',
          'Zoë',
          '--admin-email',
          'zoe@ns.example',
        ],
        { db },
      );
      expect(created.code).toBe(0);
      const before = await snapshot(db);
      const result = await ecm(
        ['leverancieradmin', 'add', '--username', 'zoe', '--email', 'zoe@acme.example', ...json],
        {
          db,
        },
      );
      expect(result.code).toBe(3);
      const [error] = failureOf(result);
      expect(error).toMatchObject({ code: 'username_taken' });
      expect(error!.message).toContain('NS');
      expect(await snapshot(db)).toBe(before);
    });

    it('add: exit 3 for an existing leverancieradmin, whatever the case or accents', async () => {
      const db = await initialisedDatabase(dialect);
      const before = await snapshot(db);
      const result = await ecm(
        ['leverancieradmin', 'add', '--username', 'JÁN', '--email', 'other@acme.example', ...json],
        {
          db,
        },
      );
      expect(result.code).toBe(3);
      expect(failureOf(result)[0]).toMatchObject({ code: 'username_taken' });
      expect(await snapshot(db)).toBe(before);
    });

    it('add: bad input is exit 2, every problem at once', async () => {
      const db = await initialisedDatabase(dialect);
      const result = await ecm(['leverancieradmin', 'add', '--username', '!!!', '--email', 'nope', ...json], { db });
      expect(result.code).toBe(2);
      expect(problemsOf(result)).toEqual([
        ['username', 'username_empty'],
        ['email', 'invalid_email'],
      ]);
    });

    it('add is recorded in the audit for the operator; text output confirms on stdout', async () => {
      const db = await initialisedDatabase(dialect);
      const added = await ecm(['leverancieradmin', 'add', '--username', 'piet', '--email', 'piet@acme.example'], {
        db,
      });
      expect([added.code, added.stderr]).toEqual([0, '']);
      expect(added.stdout).toContain(m.summary.adminAdded('piet', 'piet@acme.example', 0));
      expect(await query(db, "select action, actor from audit_log where action = 'leverancieradmin.add'")).toEqual([
        { action: 'leverancieradmin.add', actor: 'jan' },
      ]);
    });

    it('list: a JSON array of username and e-mail', async () => {
      const db = await initialisedDatabase(dialect, { admins: ['piet', 'kees'] });
      const result = await ecm(['leverancieradmin', 'list', ...json], { db });
      expect([result.code, result.stderr]).toEqual([0, '']);
      expect(jsonOf(result)).toEqual([
        { username: 'jan', email: 'jan@acme.example' },
        { username: 'kees', email: 'kees@acme.example' },
        { username: 'piet', email: 'piet@acme.example' },
      ]);
      const text = await ecm(['leverancieradmin', 'list'], { db });
      expect(text.stdout).toContain('kees@acme.example');
    });
  });

  describe.concurrent('the operator', () => {
    const createdBy = async (db: string, acro: string, args: string[], env: Record<string, string> = {}) => {
      const result = await ecm(['klant', 'create', '--acro', acro, '--name', acro, ...args, ...json], { db, env });
      expect(result.code, result.stdout).toBe(0);
      const [audit] = await query<{ actor: string }>(
        db,
        `select actor from audit_log a join environments e on e.id = a.environment_id where e.acro = '${acro}'`,
      );
      expect(audit!.actor).toBe(jsonOf(result).klant.createdBy);
      return audit!.actor;
    };

    it('--as wins over ECM_USER; ECM_USER alone names it; both are normalised', async () => {
      const db = await initialisedDatabase(dialect, { admins: ['piet'] });
      expect(await createdBy(db, 'A1', ['--as', 'jan'], { ECM_USER: 'piet' })).toBe('jan');
      expect(await createdBy(db, 'A2', [], { ECM_USER: 'piet' })).toBe('piet');
      expect(await createdBy(db, 'A3', ['--as', 'PIËT'])).toBe('piet');
      // --as even wins when ECM_USER names no one.
      expect(await createdBy(db, 'A4', ['--as', 'piet'], { ECM_USER: 'nobody' })).toBe('piet');
    });

    it('with neither, the only leverancieradmin', async () => {
      const db = await initialisedDatabase(dialect);
      expect(await createdBy(db, 'A1', [])).toBe('jan');
      expect(await createdBy(db, 'A2', [], { ECM_USER: '' })).toBe('jan');
    });

    it('an unknown --as fails even when ECM_USER is right', async () => {
      const db = await initialisedDatabase(dialect);
      const result = await ecm(['klant', 'create', '--acro', 'A1', '--name', 'x', '--as', 'kees', ...json], {
        db,
        env: { ECM_USER: 'jan' },
      });
      expect(result.code).toBe(2);
      expect(problemsOf(result)).toEqual([[null, 'unknown_operator']]);
      const add = await ecm(
        ['leverancieradmin', 'add', '--username', 'p', '--email', 'p@a.nl', '--as', 'kees', ...json],
        {
          db,
        },
      );
      expect(problemsOf(add)).toEqual([[null, 'unknown_operator']]);
    });
  });
});
