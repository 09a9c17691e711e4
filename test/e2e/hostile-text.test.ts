/**
 * Hostile text through the built binary, on both databases: every text field refuses terminal sequences and
 * NUL with exit 2 before anything is written, and stored data that holds them (written before the rule, or by
 * another program) never reaches the terminal raw.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { query, snapshot } from '../support/database.js';
import { ANSI, DIALECTS, ecm, initialisedDatabase, jsonOf, problemsOf, STACK_LINE, tempDir } from './run-ecm.js';

const json = ['--output', 'json'];
const OSC = '\u001b]0;pwned\u0007';
const SEQUENCES = ['\u001b[2J\u001b[31m', '\u0007', '\u009b31m', OSC, '\u0000', '\u007f'];
// Any control character but the line ends human output is made of.
// eslint-disable-next-line no-control-regex -- looking for them is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const TEXT_FIELDS: [string, string, string][] = [
  ['company', 'acro', '--acro'],
  ['company', 'name', '--name'],
  ['company', 'referenceCode', '--reference-code'],
  ['company', 'emailLogo', '--email-logo'],
  ['company', 'sizeInstructions', '--size-instructions'],
  ['admin', 'username', '--admin-username'],
  ['admin', 'email', '--admin-email'],
  ['portal', 'copyFrom', '--copy-from'],
  ['portal', 'logo', '--logo'],
  ['portal', 'template', '--template'],
  ['address', 'street', '--street'],
  ['address', 'houseNumber', '--house-number'],
  ['address', 'houseNumberAddition', '--house-number-addition'],
  ['address', 'postalCode', '--postal-code'],
  ['address', 'city', '--city'],
  ['address', 'country', '--country'],
  ['address', 'attention', '--attention'],
  ['address', 'phone', '--phone'],
];

/** A whole, valid form with one field replaced. */
function formWith(section: string, key: string, value: string) {
  const form: Record<string, Record<string, string>> = {
    company: { acro: 'HOSTILE', name: 'Hostile B.V.' },
    admin: { username: 'h.admin', email: 'h@hostile.example' },
    address: { street: 'Laan', houseNumber: '1', postalCode: '1234 AB', city: 'Utrecht' },
  };
  form[section] = { ...form[section], [key]: value };
  return form;
}

describe.each(DIALECTS)('on %s', (dialect) => {
  describe.concurrent('every text field refuses terminal sequences and NUL, before anything is written', () => {
    it.each(TEXT_FIELDS)('%s.%s in --json', async (section, key) => {
      const db = await initialisedDatabase(dialect, { klanten: ['NS'] });
      const before = await snapshot(db);
      for (const sequence of SEQUENCES) {
        // Two characters at most, for the country code: the rule is checked before the length.
        const value = key === 'country' ? `N${sequence.slice(0, 1)}` : `x${sequence}y`;
        const result = await ecm(['klant', 'create', '--json', '-'], {
          db,
          stdin: JSON.stringify(formWith(section, key, value)),
          env: { ECM_USER: 'jan' },
        });
        expect(result.code, JSON.stringify(value)).toBe(2);
        expect(problemsOf(result)).toContainEqual([`${section}.${key}`, 'control_character']);
        expect(result.stderr).not.toMatch(STACK_LINE);
      }
      expect(await snapshot(db)).toBe(before);
    });

    it.each(TEXT_FIELDS.filter(([, key]) => key !== 'country'))('%s.%s as a flag, in text output', async (...field) => {
      const [section, key] = field;
      const db = await initialisedDatabase(dialect, { klanten: ['NS'] });
      const before = await snapshot(db);
      const form = formWith(section, key, `x${OSC}y`);
      const flags = TEXT_FIELDS.flatMap(([s, k, f]) => (form[s]?.[k] === undefined ? [] : [f, form[s]![k]!]));
      const result = await ecm(['klant', 'create', '--no-input', ...flags], { db, env: { ECM_USER: 'jan' } });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('must not hold control characters');
      expect(result.stderr).not.toMatch(RAW_CONTROL);
      expect(await snapshot(db)).toBe(before);
    });
  });

  it('refuses NUL in the name, reference code and street with exit 2, also when the acro is taken (issue 11)', async () => {
    const db = await initialisedDatabase(dialect, { klanten: ['NS'] });
    const before = await snapshot(db);
    for (const acro of ['P1', 'NS']) {
      for (const [section, key] of [
        ['company', 'name'],
        ['company', 'referenceCode'],
        ['address', 'street'],
      ] as const) {
        const form = formWith(section, key, 'Naam\u0000NUL');
        form.company!.acro = acro;
        const result = await ecm(['klant', 'create', '--json', '-'], { db, stdin: JSON.stringify(form) });
        expect(result.code).toBe(2);
        expect(problemsOf(result)).toEqual([[`${section}.${key}`, 'control_character']]);
      }
    }
    expect(await snapshot(db)).toBe(before);
  });

  it('refuses terminal sequences in init and leverancieradmin add', async () => {
    const fresh = join(tempDir(), 'ecm.sqlite');
    const db = dialect === 'sqlite' ? fresh : await initialisedDatabase(dialect);
    if (dialect === 'sqlite') {
      const init = ['init', '--supplier', 'acme', '--admin', 'jan', '--admin-email', 'jan@acme.example'];
      for (const i of [2, 4, 6]) {
        const args = [...init, ...json];
        args[i] = `${args[i]}${OSC}`;
        const result = await ecm(args, { db });
        expect(result.code).toBe(2);
        expect(problemsOf(result)).toEqual([[['supplier', 'admin', 'adminEmail'][i / 2 - 1]!, 'control_character']]);
      }
      expect((await ecm(init, { db })).code).toBe(0);
    }
    const before = await snapshot(db);
    for (const [username, email, field] of [
      [`piet${OSC}`, 'piet@acme.example', 'username'],
      ['piet', `piet\u009b@acme.example`, 'email'],
    ]) {
      const args = ['leverancieradmin', 'add', '--username', username!, '--email', email!];
      const result = await ecm(args, { db, env: { ECM_USER: 'jan' } });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`${field}: must not hold control characters`);
      expect(result.stderr).not.toMatch(RAW_CONTROL);
    }
    expect(await snapshot(db)).toBe(before);
  });

  it('shows stored terminal sequences escaped in klant list and show, and as JSON escapes in JSON', async () => {
    const db = await initialisedDatabase(dialect);
    const address = ['--street', 'Laan', '--house-number', '1', '--postal-code', '1234 AB', '--city', 'Utrecht'];
    expect((await ecm(['klant', 'create', '--acro', 'EVIL', '--name', 'x', ...address], { db })).code).toBe(0);
    const name = `Evil \u001b[2J\u001b[31mRED\u0007 ${OSC}\u009b1m \u202eoC\u0000`;
    const reference = 'R\u001b[5m';
    const street = 'Laan\u0007';
    await query(db, `update environments set name = '${name.replace('\u0000', '')}', reference_code = '${reference}'`);
    await query(
      db,
      `update departments set street = '${street}', house_number = '1', city = 'x', postal_code = '1234 AB'`,
    );
    const stored = name.replace('\u0000', '');

    const list = await ecm(['klant', 'list'], { db });
    expect(list.code).toBe(0);
    expect(list.stdout).not.toMatch(RAW_CONTROL);
    expect(list.stdout).toContain('Evil \\x1b[2J\\x1b[31mRED\\x07 \\x1b]0;pwned\\x07\\x9b1m \\u202eoC');
    const show = await ecm(['klant', 'show', 'EVIL'], { db });
    expect(show.code).toBe(0);
    expect(show.stdout).not.toMatch(RAW_CONTROL);
    expect(show.stdout).toContain('R\\x1b[5m');
    expect(show.stdout).toContain('Laan\\x07');

    for (const args of [
      ['klant', 'list', ...json],
      ['klant', 'show', 'EVIL', ...json],
    ]) {
      const result = await ecm(args, { db });
      expect(result.stdout).not.toMatch(RAW_CONTROL);
      const doc = jsonOf(result);
      expect((Array.isArray(doc) ? doc[0] : doc).name).toBe(stored);
    }
    // Coloured output keeps its own colours: the data's sequences are still escaped.
    const coloured = await ecm(['klant', 'show', 'EVIL'], { db, env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(ANSI);
    expect(coloured.stdout).not.toContain('\u001b[2J');
  });

  it.runIf(dialect === 'sqlite')('read-only commands create no file or folder where there is no database', async () => {
    const missing = join(tempDir(), 'typo', 'ecm.sqlite');
    for (const args of [
      ['klant', 'list'],
      ['klant', 'show', 'KPN'],
      ['leverancieradmin', 'list'],
      ['template', 'list'],
      ['klant', 'create', '--acro', 'KPN', '--name', 'KPN', '--dry-run'],
    ]) {
      const result = await ecm([...args, ...json], { db: missing });
      expect(result.code, args.join(' ')).toBe(2);
      expect(problemsOf(result)).toEqual([[null, 'not_initialised']]);
      expect(jsonOf(result).errors[0].message).toContain(missing);
      expect(existsSync(dirname(missing))).toBe(false);
    }
    // A command that writes may still create it, as before.
    const init = await ecm(['init', '--supplier', 'acme', '--admin', 'jan', '--admin-email', 'j@acme.example'], {
      db: missing,
    });
    expect(init.code).toBe(0);
    expect(existsSync(missing)).toBe(true);
  });
});
