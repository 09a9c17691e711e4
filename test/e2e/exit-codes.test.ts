/**
 * Contract, "Exit codes": every code, and the order of the check classes (input, then not found, then
 * conflict), each class reporting all of its errors at once.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { messages as m } from '../../src/messages/index.js';
import { query, snapshot } from '../support/database.js';
import { PASSWORD, freePort, serverAt } from '../support/postgres-server.js';
import { FILES } from '../support/paths.js';
import {
  DIALECTS,
  ecm,
  failureOf,
  initialisedDatabase,
  jsonOf,
  mapPool,
  newDatabase,
  problemsOf,
  STACK_LINE,
  tempDir,
} from './run-ecm.js';

/**
 * Changes a database behind the tool's back, to make it fail in ways real life rarely arranges on cue: the
 * same change in each database's own SQL (a PostgreSQL trigger runs a PL/pgSQL function).
 */
async function tamper(db: string, sql: { sqlite: string; postgres: string }): Promise<void> {
  if (db.startsWith('postgres')) {
    await query(db, sql.postgres);
    return;
  }
  const connection = new BetterSqlite3(db);
  try {
    connection.exec(sql.sqlite);
  } finally {
    connection.close();
  }
}

const json = ['--output', 'json'];
const ns = ['klant', 'create', '--acro', 'NS', '--name', 'Nederlandse Spoorwegen', '--reference-code', 'REF-NS'];

describe.each(DIALECTS)('on %s', (dialect) => {
  /** A database with jan and piet as leverancieradmins and the environment NS (reference code REF-NS). */
  const withNs = () => initialisedDatabase(dialect, { admins: ['piet'], klanten: ['NS'] });

  describe.concurrent('exit 0', () => {
    it('a successful command and a successful dry run', async () => {
      const db = await initialisedDatabase(dialect);
      const dryRun = await ecm([...ns, '--dry-run'], { db });
      expect(dryRun.code).toBe(0);
      const created = await ecm(ns, { db });
      expect(created.code).toBe(0);
    });
  });

  describe.concurrent('exit 1: the database cannot be reached, provisioning failed, or an internal error', () => {
    it('an internal error: a message pointing to --debug, no stack trace; --debug shows it', async () => {
      const db = await initialisedDatabase(dialect);
      // PostgreSQL drops the foreign keys that point at it only when told to; SQLite does not check them here.
      await tamper(db, { sqlite: 'drop table templates', postgres: 'drop table templates cascade' });
      const plain = await ecm(['template', 'list'], { db });
      expect([plain.code, plain.stdout]).toEqual([1, '']);
      expect(plain.stderr).toContain(m.internal);
      expect(plain.stderr).not.toMatch(STACK_LINE);
      const asJson = await ecm(['template', 'list', ...json], { db });
      expect(asJson.code).toBe(1);
      expect(failureOf(asJson)).toEqual([{ field: null, code: 'internal_error', message: m.internal }]);
      const debug = await ecm(['template', 'list', '--debug'], { db });
      expect(debug.code).toBe(1);
      expect(debug.stderr).toMatch(STACK_LINE);
      expect(debug.stderr).toContain('templates');
    });

    it('a step that fails while provisioning: exit 1 and nothing created', async () => {
      const db = await initialisedDatabase(dialect);
      await tamper(db, {
        sqlite: "create trigger fail before insert on departments begin select raise(abort, 'disk on fire'); end",
        postgres: `create function fail() returns trigger language plpgsql as $$ begin raise exception 'disk on fire'; end $$;
        create trigger fail before insert on departments for each row execute function fail()`,
      });
      const before = await snapshot(db);
      const result = await ecm(
        [
          'klant',
          'create',
          '--acro',
          'KPN',
          '--name',
          'KPN',
          '--admin-username',
          'kpn',
          '--admin-email',
          'k@x.nl',
          ...json,
        ],
        { db },
      );
      expect([result.code, result.stderr]).toEqual([1, '']);
      const [problem] = failureOf(result);
      expect(problem).toMatchObject({ field: null, code: 'provision_failed' });
      expect(problem!.message).toContain('department');
      expect(await snapshot(db)).toBe(before);
    });
  });

  describe.concurrent('exit 2: invalid input', () => {
    it('bad flags, arguments and commands', async () => {
      const db = await initialisedDatabase(dialect);
      const cases: [string[], string][] = [
        [['klant', 'list', '--bogus'], "unknown option '--bogus'"],
        [['klant', 'create', '--acro'], '--acro'],
        [['klant', 'show'], 'acro'],
        [['klant', 'show', 'A', 'B'], 'too many arguments'],
        [['klanten', 'list'], 'klanten'],
      ];
      for (const [args, mentions] of cases) {
        const text = await ecm(args, { db });
        expect([text.code, text.stdout]).toEqual([2, '']);
        expect(text.stderr).toContain(mentions);
        const result = await ecm([...args, ...json], { db });
        expect(result.code).toBe(2);
        expect(problemsOf(result)).toEqual([[null, 'invalid_arguments']]);
      }
    });

    it('JSON input that is not JSON, not a form, or cannot be read', async () => {
      const db = await initialisedDatabase(dialect);
      const dir = tempDir();
      writeFileSync(join(dir, 'broken.json'), '{"company": {"acro": "KPN",');
      const cases: [string[], string | undefined, [string | null, string][]][] = [
        [['--json', join(dir, 'broken.json')], undefined, [[null, 'json_invalid']]],
        [['--json', '-'], 'KPN', [[null, 'json_invalid']]],
        [['--json', '-'], '', [[null, 'json_invalid']]],
        [['--json', join(dir, 'missing.json')], undefined, [[null, 'json_unreadable']]],
        [['--json', dir], undefined, [[null, 'json_unreadable']]],
        [['--json', '-'], '[]', [[null, 'invalid_type']]],
        [['--json', '-'], '{}', [['company', 'required']]],
      ];
      for (const [args, stdin, problems] of cases) {
        const result = await ecm(['klant', 'create', ...args], { db, stdin });
        expect(result.code).toBe(2);
        expect(problemsOf(result)).toEqual(problems);
        expect(result.stderr).toBe('');
      }
    });

    it('unknown keys, all of them at once', async () => {
      const form = { company: { acro: 'KPN', name: 'KPN', acronym: 'x' }, portal: { logoo: 'a.png' }, extra: true };
      const result = await ecm(['klant', 'create', '--json', '-'], {
        db: await initialisedDatabase(dialect),
        stdin: JSON.stringify(form),
      });
      expect(result.code).toBe(2);
      expect(problemsOf(result).sort()).toEqual([
        ['company.acronym', 'unknown_key'],
        ['extra', 'unknown_key'],
        ['portal.logoo', 'unknown_key'],
      ]);
    });

    it('missing required fields without a terminal: all named in one error, each with its flag', async () => {
      const db = await initialisedDatabase(dialect);
      const nothing = await ecm(['klant', 'create', ...json], { db });
      expect(nothing.code).toBe(2);
      const errors = failureOf(nothing);
      expect(errors.map((e) => [e.field, e.code])).toEqual([
        ['company.acro', 'required'],
        ['company.name', 'required'],
      ]);
      expect(errors[0]!.message).toContain('--acro');
      expect(errors[1]!.message).toContain('--name');

      const partAddress = await ecm(['klant', 'create', '--acro', 'KPN', '--street', 'Laan', ...json], { db });
      expect(partAddress.code).toBe(2);
      expect(problemsOf(partAddress)).toEqual([
        ['company.name', 'required'],
        ['address.houseNumber', 'required'],
        ['address.postalCode', 'required'],
        ['address.city', 'required'],
      ]);

      const halves = await ecm(['klant', 'create', '--acro', 'KPN', '--name', 'x', '--copy', 'all', ...json], { db });
      expect(problemsOf(halves)).toEqual([['portal.copyFrom', 'required']]);
      const otherHalf = await ecm(['klant', 'create', '--acro', 'KPN', '--name', 'x', '--copy-from', 'NS', ...json], {
        db,
      });
      expect(problemsOf(otherHalf)).toEqual([['portal.copy', 'required']]);
    });

    it('unreadable or wrong files, every one of them reported at once', async () => {
      const db = await initialisedDatabase(dialect);
      const dir = tempDir();
      mkdirSync(join(dir, 'folder.pdf'));
      writeFileSync(join(dir, 'empty.png'), '');
      writeFileSync(join(dir, 'pdf-named.png'), '%PDF-1.4 not really');
      const cases: [string, string, string][] = [
        ['--logo', join(dir, 'missing.png'), 'file_not_found'],
        ['--logo', join(FILES, 'maattabel.pdf'), 'file_extension'],
        ['--logo', join(dir, 'empty.png'), 'file_empty'],
        ['--logo', join(dir, 'pdf-named.png'), 'not_an_image'],
        ['--email-logo', join(dir, 'pdf-named.png'), 'not_an_image'],
        ['--email-logo', join(FILES, 'logo.jpg').replace('.jpg', '.gif'), 'file_extension'],
        ['--size-instructions', join(dir, 'folder.pdf'), 'file_not_regular'],
        ['--size-instructions', join(FILES, 'password-protected.pdf'), 'pdf_encrypted'],
        ['--size-instructions', join(FILES, 'portal-logo.png'), 'file_extension'],
      ];
      const field = {
        '--logo': 'portal.logo',
        '--email-logo': 'company.emailLogo',
        '--size-instructions': 'company.sizeInstructions',
      };
      await mapPool(cases, 3, async ([flag, path, code]) => {
        const result = await ecm(['klant', 'create', '--acro', 'KPN', '--name', 'x', flag, path, ...json], { db });
        expect(result.code, `${flag} ${path}`).toBe(2);
        expect(problemsOf(result)).toEqual([[field[flag as keyof typeof field], code]]);
      });
      const all = await ecm(
        [
          'klant',
          'create',
          '--acro',
          'KPN',
          '--name',
          'x',
          '--logo',
          join(dir, 'missing.png'),
          '--email-logo',
          join(dir, 'pdf-named.png'),
          '--size-instructions',
          join(FILES, 'password-protected.pdf'),
          ...json,
        ],
        { db },
      );
      expect(problemsOf(all).sort()).toEqual([
        ['company.emailLogo', 'not_an_image'],
        ['company.sizeInstructions', 'pdf_encrypted'],
        ['portal.logo', 'file_not_found'],
      ]);
    });

    it('an unknown operator, or several with none named, listing them', async () => {
      const db = await initialisedDatabase(dialect, { admins: ['piet'] });
      const create = ['klant', 'create', '--acro', 'KPN', '--name', 'KPN', ...json];
      const noneNamed = await ecm(create, { db });
      expect(noneNamed.code).toBe(2);
      expect(failureOf(noneNamed)).toEqual([
        { field: null, code: 'operator_required', message: m.operator.noneNamed(['jan', 'piet']) },
      ]);
      for (const env of [{ ECM_USER: 'kees' }, {}]) {
        const args = 'ECM_USER' in env ? create : [...create, '--as', 'kees'];
        const unknown = await ecm(args, { db, env });
        expect(unknown.code).toBe(2);
        expect(failureOf(unknown)).toEqual([
          { field: null, code: 'unknown_operator', message: m.operator.unknown('kees', ['jan', 'piet']) },
        ]);
      }
      const addAdmin = await ecm(
        ['leverancieradmin', 'add', '--username', 'kees', '--email', 'k@acme.example', ...json],
        {
          db,
        },
      );
      expect(problemsOf(addAdmin)).toEqual([[null, 'operator_required']]);
      expect(jsonOf(await ecm(['klant', 'list', ...json], { db }))).toEqual([]);
    });

    it('--json combined with field flags', async () => {
      const result = await ecm(['klant', 'create', '--json', '-', '--acro', 'KPN', '--city', 'Delft'], {
        db: await initialisedDatabase(dialect),
        stdin: '{"company": {"acro": "KPN", "name": "KPN"}}',
      });
      expect(result.code).toBe(2);
      const [error] = failureOf(result);
      expect(error).toMatchObject({ field: null, code: 'json_with_flags' });
      expect(error!.message).toContain('--acro');
      expect(error!.message).toContain('--city');
    });

    it('every command but init, before init: the hint to run ecm init', async () => {
      const commands = [
        ['klant', 'create', '--acro', 'KPN', '--name', 'KPN'],
        ['klant', 'create'],
        ['klant', 'create', '--json', '-'],
        ['klant', 'create', '--acro', 'KPN', '--name', 'KPN', '--dry-run'],
        ['klant', 'list'],
        ['klant', 'show', 'KPN'],
        ['leverancieradmin', 'add', '--username', 'piet', '--email', 'piet@acme.example'],
        ['leverancieradmin', 'add'],
        ['leverancieradmin', 'list'],
        ['template', 'list'],
      ];
      await mapPool(commands, 4, async (args) => {
        const result = await ecm([...args, ...json], { db: await newDatabase(dialect), stdin: '{}' });
        expect(result.code, args.join(' ')).toBe(2);
        expect(failureOf(result)).toEqual([
          { field: null, code: 'not_initialised', message: expect.stringContaining('ecm init') },
        ]);
      });
      for (const args of [commands[0]!, commands[2]!]) {
        const text = await ecm([...args, '--output', 'text'], { db: await newDatabase(dialect), stdin: '{}' });
        expect([text.code, text.stdout], args.join(' ')).toEqual([2, '']);
        expect(text.stderr).toContain('ecm init');
      }
    });
  });

  describe.concurrent('exit 3: conflict with existing data', () => {
    it('acro taken ignoring case, reference code taken ignoring case and spaces, a leverancieradmin username: all at once', async () => {
      const db = await withNs();
      const before = await snapshot(db);
      const result = await ecm(
        [
          'klant',
          'create',
          '--acro',
          'ns',
          '--name',
          'x',
          '--reference-code',
          ' ref-ns ',
          '--admin-username',
          'PIËT',
          '--admin-email',
          'p@x.nl',
          '--as',
          'jan',
          ...json,
        ],
        { db },
      );
      expect(result.code).toBe(3);
      expect(problemsOf(result)).toEqual([
        ['company.acro', 'acro_taken'],
        ['company.referenceCode', 'reference_code_taken'],
        ['admin.username', 'username_taken'],
      ]);
      expect(await snapshot(db)).toBe(before);
    });

    it('each conflict on its own', async () => {
      const db = await withNs();
      const base = ['klant', 'create', '--name', 'x', '--as', 'piet', ...json];
      const acro = await ecm([...base, '--acro', 'Ns'], { db });
      expect([acro.code, problemsOf(acro)]).toEqual([3, [['company.acro', 'acro_taken']]]);
      const code = await ecm([...base, '--acro', 'KPN', '--reference-code', 'REF-NS'], { db });
      expect([code.code, problemsOf(code)]).toEqual([3, [['company.referenceCode', 'reference_code_taken']]]);
      const user = await ecm([...base, '--acro', 'KPN', '--admin-username', 'Jan', '--admin-email', 'j@kpn.nl'], {
        db,
      });
      expect([user.code, problemsOf(user)]).toEqual([3, [['admin.username', 'username_taken']]]);
    });

    it('init on a set-up database, changing nothing', async () => {
      const db = await initialisedDatabase(dialect);
      const before = await snapshot(db);
      const again = await ecm(
        [
          'init',
          '--supplier',
          'other',
          '--domain',
          'example.com',
          '--admin',
          'kees',
          '--admin-email',
          'k@o.nl',
          ...json,
        ],
        { db },
      );
      expect(again.code).toBe(3);
      expect(problemsOf(again)).toEqual([[null, 'already_initialised']]);
      expect(await snapshot(db)).toBe(before);
    });

    it('a conflict found only while writing (a simultaneous create): exit 3 and nothing created', async () => {
      const db = await initialisedDatabase(dialect);
      // Another create commits KPN after our checks passed, just before our own row goes in. SQLite's triggers
      // do not fire themselves again; PostgreSQL's do, so its function inserts only when not fired by itself.
      const other = `insert into environments (acro, acro_key, name, url, order_number_prefix, template_id, status, created_at, created_by)
         values ('kpn', 'kpn', 'Other', new.url, 'KPN', new.template_id, 'active', new.created_at, 'piet')`;
      await tamper(db, {
        sqlite: `create trigger race before insert on environments when new.acro_key = 'kpn' begin ${other}; end`,
        postgres: `create function race() returns trigger language plpgsql as $$
          begin if pg_trigger_depth() = 1 then ${other}; end if; return new; end $$;
        create trigger race before insert on environments for each row when (new.acro_key = 'kpn') execute function race()`,
      });
      const before = await snapshot(db);
      const result = await ecm(['klant', 'create', '--acro', 'KPN', '--name', 'KPN', ...json], { db });
      expect(result.code).toBe(3);
      expect(problemsOf(result)).toEqual([['company.acro', 'acro_taken']]);
      expect(await snapshot(db)).toBe(before);
    });
  });

  describe.concurrent('exit 4: not found', () => {
    it('the --copy-from environment', async () => {
      const db = await withNs();
      const result = await ecm(
        [
          'klant',
          'create',
          '--acro',
          'KPN',
          '--name',
          'x',
          '--copy-from',
          'NSX',
          '--copy',
          'all',
          '--as',
          'jan',
          ...json,
        ],
        { db },
      );
      expect(result.code).toBe(4);
      expect(failureOf(result)).toEqual([
        { field: 'portal.copyFrom', code: 'environment_not_found', message: m.copy.sourceNotFound('NSX') },
      ]);
    });

    it('the acro given to klant show', async () => {
      const db = await withNs();
      const text = await ecm(['klant', 'show', 'KPN'], { db });
      expect([text.code, text.stdout]).toEqual([4, '']);
      expect(text.stderr).toContain(m.show.notFound('KPN'));
      const result = await ecm(['klant', 'show', 'KPN', ...json], { db });
      expect(result.code).toBe(4);
      expect(problemsOf(result)).toEqual([['acro', 'environment_not_found']]);
    });
  });

  describe.concurrent('exit 130: cancelled', () => {
    it('Ctrl-C while provisioning rolls everything back', async () => {
      const db = await initialisedDatabase(dialect);
      // Slow down one step so the interrupt surely arrives while provisioning runs.
      await tamper(db, {
        sqlite: `create table slow (n integer);
       insert into slow (n) with recursive c(x) as (select 1 union all select x + 1 from c where x < 8000) select x from c;
       create trigger slow_user after insert on users begin select count(*) from slow a, slow b; end`,
        postgres: `create function slow_user() returns trigger language plpgsql as $$ begin perform pg_sleep(2); return null; end $$;
        create trigger slow_user after insert on users for each row execute function slow_user()`,
      });
      const before = await snapshot(db);
      let interrupted = false;
      const result = await ecm(['klant', 'create', '--acro', 'KPN', '--name', 'KPN'], {
        db,
        onStderr: (text, child) => {
          if (!interrupted && text.includes(m.steps.template)) {
            interrupted = true;
            child.kill('SIGINT');
          }
        },
      });
      expect(interrupted).toBe(true);
      expect([result.code, result.stdout]).toEqual([130, '']);
      expect(result.stderr).toContain(m.cancelled);
      expect(await snapshot(db)).toBe(before);
    });
  });

  it.runIf(dialect === 'postgres')('a second Ctrl-C ends a create that waits on a lock, leaving nothing', async () => {
    const db = await initialisedDatabase(dialect);
    const before = await snapshot(db);
    // Another session holds the supplier row, as a running 'leverancieradmin add' would.
    const holder = new pg.Client({ connectionString: db });
    await holder.connect();
    await holder.query('begin');
    await holder.query('select id from supplier where id = 1 for update');
    try {
      let interrupts = 0;
      const result = await ecm(['klant', 'create', '--acro', 'KPN', '--name', 'KPN'], {
        db,
        onStderr: (text, child) => {
          if (interrupts === 0 && text.includes(m.steps.template)) {
            interrupts = 2;
            child.kill('SIGINT');
            setTimeout(() => child.kill('SIGINT'), 300);
          }
        },
      });
      expect(interrupts).toBe(2);
      expect([result.code, result.signal, result.stdout]).toEqual([null, 'SIGINT', '']);
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
    expect(await snapshot(db)).toBe(before);
  });

  describe.concurrent('the order of the checks: input (2), then not found (4), then conflict (3)', () => {
    it('input errors win, and all of them are reported: form, files and template together', async () => {
      const db = await withNs();
      const result = await ecm(
        [
          'klant',
          'create',
          '--acro',
          'NS',
          '--reference-code',
          'REF-NS',
          '--admin-username',
          'jan',
          '--admin-email',
          'not-an-address',
          '--copy-from',
          'NOPE',
          '--copy',
          'all',
          '--logo',
          '/does/not/exist.png',
          '--template',
          'roze',
          '--as',
          'jan',
          ...json,
        ],
        { db },
      );
      expect(result.code).toBe(2);
      expect(problemsOf(result).sort()).toEqual([
        ['admin.email', 'invalid_email'],
        ['company.name', 'required'],
        ['portal.logo', 'file_not_found'],
        ['portal.template', 'unknown_template'],
      ]);
    });

    it('with valid input, files and template problems come out together', async () => {
      const db = await withNs();
      const result = await ecm(
        [
          'klant',
          'create',
          '--acro',
          'NS',
          '--name',
          'x',
          '--copy-from',
          'NOPE',
          '--copy',
          'all',
          '--logo',
          '/does/not/exist.png',
          '--template',
          'roze',
          '--as',
          'jan',
          ...json,
        ],
        { db },
      );
      expect(result.code).toBe(2);
      expect(problemsOf(result).sort()).toEqual([
        ['portal.logo', 'file_not_found'],
        ['portal.template', 'unknown_template'],
      ]);
    });

    it('then what must exist, before what must not exist yet', async () => {
      const db = await withNs();
      const result = await ecm(
        [
          'klant',
          'create',
          '--acro',
          'NS',
          '--name',
          'x',
          '--copy-from',
          'NOPE',
          '--copy',
          'all',
          '--as',
          'jan',
          ...json,
        ],
        { db },
      );
      expect(result.code).toBe(4);
      expect(problemsOf(result)).toEqual([['portal.copyFrom', 'environment_not_found']]);
    });
  });
});

describe.concurrent('exit 1 on SQLite: a database file that cannot be opened', () => {
  it('a database path below a regular file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plain-file'), 'not a folder');
    const db = join(dir, 'plain-file', 'ecm.sqlite');
    const text = await ecm(['klant', 'list'], { db });
    expect([text.code, text.stdout]).toEqual([1, '']);
    expect(text.stderr).toContain('plain-file');
    const result = await ecm(['template', 'list', ...json], { db });
    expect([result.code, result.stderr]).toEqual([1, '']);
    expect(problemsOf(result)).toEqual([[null, 'database_unavailable']]);
  });

  it('a file that is not a SQLite database', async () => {
    const db = join(tempDir(), 'ecm.sqlite');
    writeFileSync(db, 'this is not a database, just some text that is long enough '.repeat(100));
    const result = await ecm(['klant', 'list', ...json], { db });
    expect([result.code, result.stderr]).toEqual([1, '']);
    expect(problemsOf(result)).toEqual([[null, 'database_unavailable']]);
  });
});

describe.concurrent('exit 1 on PostgreSQL: a server that cannot be reached or turns the connection down', () => {
  it('a PostgreSQL server that cannot be reached', async () => {
    for (const url of ['postgres://ecm@127.0.0.1:1/ecm', 'postgresql://ecm@127.0.0.1:1/ecm']) {
      const result = await ecm(['klant', 'list', ...json], { db: url });
      expect(result.code).toBe(1);
      expect(failureOf(result)).toEqual([expect.objectContaining({ field: null })]);
      expect(result.stderr).toBe('');
    }
  });

  /**
   * `klant list` on `url` in text and JSON output, each with and without --debug: exit 1 with the one
   * problem, a stack trace only when asked for, and never the password of the URL.
   */
  async function refused(url: string, code: string, message: string, password: string): Promise<void> {
    const [text, textDebug, asJson, jsonDebug] = await Promise.all([
      ecm(['klant', 'list'], { db: url }),
      ecm(['klant', 'list', '--debug'], { db: url }),
      ecm(['klant', 'list', ...json], { db: url }),
      ecm(['klant', 'list', '--debug', ...json], { db: url }),
    ]);
    for (const run of [text, textDebug, asJson, jsonDebug]) {
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).not.toContain(password);
      expect(run.stderr).not.toContain(password);
    }
    expect(text.stdout).toBe('');
    expect(text.stderr).toContain(message);
    expect(text.stderr).not.toMatch(STACK_LINE);
    expect(textDebug.stderr).toContain(message);
    expect(textDebug.stderr).toMatch(STACK_LINE);
    expect(asJson.stderr).toBe('');
    for (const run of [asJson, jsonDebug]) expect(failureOf(run)).toEqual([{ field: null, code, message }]);
    expect(jsonDebug.stderr).toMatch(STACK_LINE);
  }

  const server = () => serverAt(inject('postgresPort'));

  it('nothing listening on the port: unreachable, the URL shown without its password', async () => {
    const port = await freePort();
    const url = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/ecm`;
    const shown = `postgres://postgres:***@127.0.0.1:${port}/ecm`;
    const [text] = await Promise.all([
      ecm(['klant', 'list'], { db: url }),
      refused(
        url,
        'database_unreachable',
        m.database.serverUnreachable(shown, `connect ECONNREFUSED 127.0.0.1:${port}`),
        PASSWORD,
      ),
    ]);
    expect(text.stderr).toContain(shown);
  });

  it('a wrong password: authentication failed, neither password shown', async () => {
    const wrong = 'not-the-password-4711';
    const url = server().url('postgres').replace(PASSWORD, wrong);
    const shown = server().url('postgres').replace(PASSWORD, '***');
    await refused(url, 'database_auth_failed', m.database.authFailed(shown), wrong);
  });

  it('a database that does not exist on the server: missing, without the password', async () => {
    const url = server().url('no_such_database');
    await refused(url, 'database_missing', m.database.missing(url.replace(PASSWORD, '***')), PASSWORD);
  });
});
