/**
 * Contract, "Streams, formats, errors": what goes to stdout and stderr, the JSON result and failure
 * documents, --debug and colour.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages as m } from '../../src/messages/index.js';
import { FILES, ROOT } from '../support/paths.js';
import { freePort } from '../support/postgres-server.js';
import {
  ANSI,
  BIN,
  DIALECTS,
  ecm,
  failureOf,
  initialisedDatabase,
  jsonOf,
  newDatabase,
  problemsOf,
  STACK_LINE,
  tempDir,
  type RunOptions,
} from './run-ecm.js';

const STEP_TITLES = Object.values(m.steps);
const create = (...args: string[]) => ['klant', 'create', '--acro', 'NS', '--name', 'NS', ...args];

/** The lines of a stream that report a provisioning step. */
const stepLines = (text: string) => text.split('\n').filter((line) => STEP_TITLES.some((t) => line.includes(t)));

it('help and version are answers on stdout, exit 0, whatever the database', async () => {
  const help = await ecm(['klant', 'create', '--help']);
  expect([help.code, help.stderr]).toEqual([0, '']);
  expect(help.stdout).toContain('--password-file');
  const version = await ecm(['--version']);
  expect([version.code, version.stdout, version.stderr]).toEqual([0, '0.1.0\n', '']);
});

describe.each(DIALECTS)('on %s', (dialect) => {
  describe.concurrent('stdout carries only the result', () => {
    it('text output: the summary on stdout, one plain line per step on stderr', async () => {
      const db = await initialisedDatabase(dialect);
      const result = await ecm(create('--email-logo', join(FILES, 'email-logo-large.png')), { db });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(m.summary.created('NS'));
      expect(result.stdout).toContain('https://acme.ecmanage.nl/ns');
      expect(stepLines(result.stdout)).toEqual([]);
      // stderr is no terminal: plain lines, no spinner frames or cursor movement, no colour.
      expect(stepLines(result.stderr)).toHaveLength(10);
      STEP_TITLES.forEach((title, i) => expect(stepLines(result.stderr)[i]).toContain(title));
      expect(result.stderr).not.toMatch(ANSI);
      expect(result.stderr).not.toContain('\r');
      // The warning is for the person at the terminal, so it is on stderr, not in the result.
      expect(result.stderr).toContain(m.file.emailLogoTooLarge(1200, 200));
      expect(result.stdout).not.toContain(m.file.emailLogoTooLarge(1200, 200));
    });

    it('JSON output: exactly one JSON document on stdout and nothing at all on stderr, warnings included', async () => {
      const db = await initialisedDatabase(dialect);
      const result = await ecm(create('--output', 'json', '--email-logo', join(FILES, 'email-logo-large.png')), {
        db,
      });
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      const doc = jsonOf(result);
      expect(doc.ok).toBe(true);
      expect(doc.warnings.map((w: { code: string }) => w.code)).toEqual(['email_logo_too_large']);
    });

    it('JSON output of the listings and of init: one document each, stderr empty', async () => {
      const db = await initialisedDatabase(dialect);
      for (const args of [
        ['klant', 'list'],
        ['leverancieradmin', 'list'],
        ['template', 'list'],
      ]) {
        const result = await ecm([...args, '--output', 'json'], { db });
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('');
        expect(Array.isArray(jsonOf(result))).toBe(true);
      }
      const init = await ecm(
        ['init', '--supplier', 'acme', '--admin', 'jan', '--admin-email', 'j@a.nl', '--output=json'],
        {
          db: await newDatabase(dialect),
        },
      );
      expect([init.code, init.stderr, jsonOf(init).ok]).toEqual([0, '', true]);
    });

    it('text output of a failure: the messages on stderr, stdout empty', async () => {
      const db = await initialisedDatabase(dialect);
      const result = await ecm(['klant', 'create', '--acro', 'admin', '--logo', '/does/not/exist.png'], { db });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      // Each problem names the field by its JSON path and the flag that fills it.
      expect(result.stderr).toContain('company.acro (--acro)');
      expect(result.stderr).toContain('company.name (--name)');
      expect(result.stderr).toContain('portal.logo (--logo)');
      expect(result.stderr).toContain(m.acro.acro_reserved);
    });

    it('a command group without its command is a usage error, with a failure document in JSON', async () => {
      const db = await initialisedDatabase(dialect);
      const text = await ecm(['klant'], { db });
      expect([text.code, text.stdout]).toEqual([2, '']);
      expect(text.stderr).toContain('Usage: ecm klant');
      const json = await ecm(['klant', '--output', 'json'], { db });
      expect(json.code).toBe(2);
      expect(problemsOf(json)).toEqual([[null, 'missing_command']]);
    });
  });

  describe.concurrent('--json input implies JSON output', () => {
    async function jsonFile(form: unknown): Promise<{ db: string; file: string }> {
      const dir = tempDir();
      const file = join(dir, 'klant.json');
      writeFileSync(file, JSON.stringify(form));
      return { db: await initialisedDatabase(dialect), file };
    }

    it('from a file: a JSON result without --output', async () => {
      const { db, file } = await jsonFile({ company: { acro: 'NS', name: 'NS' } });
      const result = await ecm(['klant', 'create', '--json', file], { db });
      expect([result.code, result.stderr]).toEqual([0, '']);
      expect(jsonOf(result)).toMatchObject({ ok: true, klant: { acro: 'NS' } });
    });

    it('from standard input, failures included', async () => {
      const db = await initialisedDatabase(dialect);
      const result = await ecm(['klant', 'create', '--json', '-'], { db, stdin: '{"company": {"acro": "NS"}}' });
      expect([result.code, result.stderr]).toEqual([2, '']);
      expect(problemsOf(result)).toEqual([['company.name', 'required']]);
    });

    it('also for a failure found while parsing the command line', async () => {
      const result = await ecm(['klant', 'create', '--json', '-', '--bogus'], {
        db: await initialisedDatabase(dialect),
      });
      expect([result.code, result.stderr]).toEqual([2, '']);
      expect(problemsOf(result)).toEqual([[null, 'invalid_arguments']]);
    });

    it('unless --output text is given explicitly', async () => {
      const { db, file } = await jsonFile({ company: { acro: 'NS', name: 'NS' } });
      const result = await ecm(['klant', 'create', '--json', file, '--output', 'text'], { db });
      expect(result.code).toBe(0);
      expect(() => JSON.parse(result.stdout)).toThrow();
      expect(result.stdout).toContain(m.summary.created('NS'));
      expect(stepLines(result.stderr)).toHaveLength(10);
    });

    it('--output other than json or text is bad input', async () => {
      const result = await ecm(['klant', 'list', '--output', 'yaml'], { db: await initialisedDatabase(dialect) });
      expect([result.code, result.stdout]).toEqual([2, '']);
      expect(result.stderr).toContain('output');
    });
  });

  describe.concurrent('the failure document', () => {
    it('names the field by its JSON path when the value came from a flag', async () => {
      const db = await initialisedDatabase(dialect);
      const dir = tempDir();
      mkdirSync(join(dir, 'folder.png'));
      const result = await ecm(
        [
          'klant',
          'create',
          '--acro',
          'admin',
          '--name',
          'x',
          '--admin-email',
          'beheer@x.example',
          '--logo',
          join(dir, 'folder.png'),
          '--copy-from',
          'NS',
          '--copy',
          'customerSettings,shoes',
          '--postal-code',
          '12',
          '--output',
          'json',
        ],
        { db },
      );
      expect([result.code, result.stderr]).toEqual([2, '']);
      expect(problemsOf(result)).toEqual(
        expect.arrayContaining([
          ['company.acro', 'acro_reserved'],
          ['admin.username', 'required'],
          ['portal.copy[1]', 'unknown_category'],
          ['address.street', 'required'],
          ['address.postalCode', 'invalid_postal_code'],
          ['portal.logo', 'file_not_regular'],
        ]),
      );
    });

    it('names the field by its JSON path for --json input, unknown keys included', async () => {
      const result = await ecm(['klant', 'create', '--json', '-'], {
        db: await initialisedDatabase(dialect),
        stdin: JSON.stringify({
          company: { acro: 'KPN', name: 'KPN', referenceCode: 'x'.repeat(51) },
          admin: { username: 'kpn', email: 'kpn@x.example', role: 'klantadmin' },
          portal: { copyFrom: 'NS', copy: ['emailSettings', 7] },
          adres: {},
        }),
      });
      expect(result.code).toBe(2);
      expect(problemsOf(result)).toEqual(
        expect.arrayContaining([
          ['company.referenceCode', 'too_long'],
          ['admin.role', 'unknown_key'],
          ['portal.copy[1]', 'unknown_category'],
          ['adres', 'unknown_key'],
        ]),
      );
    });

    it('has field null for a problem that belongs to no field', async () => {
      const result = await ecm(['klant', 'list', '--output', 'json'], { db: await newDatabase(dialect) });
      expect(result.code).toBe(2);
      expect(failureOf(result)).toEqual([
        { field: null, code: 'not_initialised', message: expect.stringContaining('ecm init') },
      ]);
    });
  });

  describe.concurrent('--debug and ECM_DEBUG', () => {
    const missingSource = ['klant', 'create', '--acro', 'KPN', '--name', 'KPN', '--copy-from', 'NS', '--copy', 'all'];

    it('without either, no failure prints a stack trace', async () => {
      const db = await initialisedDatabase(dialect);
      const dir = tempDir();
      writeFileSync(join(dir, 'file'), '');
      const unreachable =
        dialect === 'sqlite' ? join(dir, 'file', 'ecm.sqlite') : `postgres://ecm@127.0.0.1:${await freePort()}/ecm`;
      const runs = await Promise.all([
        ecm(missingSource, { db }),
        ecm([...missingSource, '--output', 'json'], { db }),
        ecm(['klant', 'create', '--name', 'x', '--logo', join(FILES, 'maattabel.pdf')], { db }),
        ecm(['klant', 'show', 'NS'], { db }),
        ecm(['klant', 'bogus'], { db }),
        ecm(['klant', 'create', '--json', '-'], { db, stdin: '{' }),
        ecm(['klant', 'list'], { db: unreachable }),
        ecm(['init', '--supplier', 'acme', '--admin', 'jan', '--admin-email', 'jan@acme.example'], { db }),
      ]);
      for (const result of runs) {
        expect(result.code).not.toBe(0);
        expect(result.stderr).not.toMatch(STACK_LINE);
        expect(result.stdout).not.toMatch(STACK_LINE);
      }
    });

    it('--debug adds the stack trace on stderr, in text and in JSON output', async () => {
      const db = await initialisedDatabase(dialect);
      const text = await ecm([...missingSource, '--debug'], { db });
      expect(text.code).toBe(4);
      expect(text.stdout).toBe('');
      expect(text.stderr).toMatch(STACK_LINE);
      const json = await ecm([...missingSource, '--debug', '--output', 'json'], { db });
      expect(json.code).toBe(4);
      expect(problemsOf(json)).toEqual([['portal.copyFrom', 'environment_not_found']]);
      expect(json.stderr).toMatch(STACK_LINE);
    });

    it('ECM_DEBUG=1 does the same', async () => {
      const options: RunOptions = { db: await initialisedDatabase(dialect), env: { ECM_DEBUG: '1' } };
      const result = await ecm(['klant', 'show', 'NS', '--output', 'json'], options);
      expect(result.code).toBe(4);
      expect(problemsOf(result)).toEqual([['acro', 'environment_not_found']]);
      expect(result.stderr).toMatch(STACK_LINE);
    });
  });

  describe.concurrent('colour', () => {
    /** The coloured parts of the text output: a result with step lines, a failure, and a command-line error. */
    const run = async (env: RunOptions['env'], ...flags: string[]) => {
      const db = await initialisedDatabase(dialect);
      const [created, failed, parseError] = await Promise.all([
        ecm([...create(), ...flags], { db, env }),
        ecm(['klant', 'show', 'XYZ', ...flags], { db, env }),
        ecm(['klant', 'list', '--bogus', ...flags], { db, env }),
      ]);
      expect([created.code, failed.code, parseError.code]).toEqual([0, 4, 2]);
      return [created.stdout, created.stderr, failed.stderr, parseError.stderr];
    };

    it('FORCE_COLOR=1 colours the text output on both streams', async () => {
      for (const text of await run({ FORCE_COLOR: '1' })) expect(text).toMatch(ANSI);
    });

    it('--no-color wins over FORCE_COLOR', async () => {
      for (const text of await run({ FORCE_COLOR: '1' }, '--no-color')) expect(text).not.toMatch(ANSI);
    });

    it('NO_COLOR means no colour, nor does a stream that is no terminal', async () => {
      for (const env of [{ NO_COLOR: '1' }, {}]) {
        for (const text of await run(env)) expect(text).not.toMatch(ANSI);
      }
    });

    it('JSON output is never coloured', async () => {
      const db = await initialisedDatabase(dialect);
      const env = { FORCE_COLOR: '3' };
      const ok = await ecm(create('--output', 'json'), { db, env });
      const failed = await ecm(['klant', 'show', 'XYZ', '--output', 'json'], { db, env });
      expect([ok.code, failed.code]).toEqual([0, 4]);
      for (const text of [ok.stdout, ok.stderr, failed.stdout, failed.stderr]) expect(text).not.toMatch(ANSI);
    });
  });
});

describe('a reader that goes away', () => {
  // `ecm klant list | head -1`: the pipe closes before ecm is done writing.
  it('ends the command with its own exit code and no stack trace', async () => {
    const db = await initialisedDatabase('sqlite', { klanten: ['NS', 'KPN'] });
    const child = spawn(process.execPath, [BIN, 'klant', 'show', 'NS', '--output', 'json'], {
      cwd: ROOT,
      env: { ...process.env, ECM_DATABASE_URL: db, ECM_DEBUG: '', CI: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(0);
    expect(stderr).not.toMatch(STACK_LINE);
    expect(stderr).toBe('');
  });
});
