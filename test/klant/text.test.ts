/**
 * The text rules: every free text of every command refuses control characters, broken characters, direction
 * overrides and text with nothing visible, with its own code, one error per field.
 */
import { describe, expect, it } from 'vitest';
import { initSupplier } from '../../src/app/init-supplier.js';
import { addSupplierAdmin } from '../../src/app/supplier-admins.js';
import { EcmError, type Problem } from '../../src/errors.js';
import { parseKlantForm } from '../../src/klant/schema.js';
import { textProblem } from '../../src/klant/text.js';
import { NOW, supplierDatabase } from '../support/database.js';

/** Terminal sequences an attacker would reach for: erase screen, bell, 8-bit CSI, window title, NUL, DEL. */
export const HOSTILE = {
  ESC: '\u001b[2J\u001b[31mred',
  BEL: 'ring\u0007',
  CSI: 'c1 \u009b31m',
  OSC: '\u001b]0;pwned\u0007title',
  NUL: 'nul\u0000byte',
  DEL: 'del\u007f',
  TAB: 'tab\there',
  LF: 'line\nbreak',
} as const;

function problemsOf(work: () => unknown): Problem[] {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(EcmError);
    return [...(error as EcmError).problems];
  }
  throw new Error('expected the input to be refused');
}

const pairs = (problems: Problem[]) => problems.map(({ field, code }) => [field, code]);

describe('textProblem', () => {
  it.each(Object.entries(HOSTILE))('refuses %s as a control character', (_name, text) => {
    expect(textProblem(text)).toBe('control_character');
  });

  it.each([
    ['a lone high surrogate', 'a\ud800b', 'invalid_unicode'],
    ['a lone low surrogate', '\udc00', 'invalid_unicode'],
    ['a right-to-left override', 'evil\u202egnp.exe', 'bidi_control'],
    ['a first-strong isolate', '\u2068name\u2069', 'bidi_control'],
    ['a zero-width space alone', '\u200b', 'no_visible_text'],
    ['format characters alone', '\u200b\u200c\u200d\u2060\ufeff', 'no_visible_text'],
    ['a Hangul filler', '\u3164', 'no_visible_text'],
    ['a braille blank', '\u2800', 'no_visible_text'],
    ['a combining mark on nothing', '\u0301', 'no_visible_text'],
    ['no-break spaces', '\u00a0\u2007', 'no_visible_text'],
  ])('refuses %s', (_name, text, code) => {
    expect(textProblem(text)).toBe(code);
  });

  it.each([
    ['plain text', 'KPN B.V.'],
    ['accents, composed and combining', 'Café Cafe\u0301'],
    ['wide letters', '株式会社'],
    ['an emoji (a surrogate pair)', 'Shop 😀'],
    ['right-to-left letters with their marks', 'שלום\u200f'],
    ['a visible letter among zero-width ones', '\u200bx\u200b'],
  ])('accepts %s', (_name, text) => {
    expect(textProblem(text)).toBeNull();
  });
});

const FORM_TEXT_FIELDS = [
  ['company', 'acro'],
  ['company', 'name'],
  ['company', 'referenceCode'],
  ['company', 'emailLogo'],
  ['company', 'sizeInstructions'],
  ['admin', 'username'],
  ['admin', 'email'],
  ['portal', 'copyFrom'],
  ['portal', 'logo'],
  ['portal', 'template'],
  ['address', 'street'],
  ['address', 'houseNumber'],
  ['address', 'houseNumberAddition'],
  ['address', 'postalCode'],
  ['address', 'city'],
  ['address', 'country'],
  ['address', 'attention'],
  ['address', 'phone'],
] as const;

function formWith(section: string, key: string, value: string): unknown {
  const company = { acro: 'KPN', name: 'KPN B.V.' };
  const given = { [key]: value };
  return section === 'company' ? { company: { ...company, ...given } } : { company, [section]: given };
}

describe('every text field of the form', () => {
  describe.each(FORM_TEXT_FIELDS)('%s.%s', (section, key) => {
    // Short enough for the two-letter country code: the rule comes before the length.
    it.each(Object.entries({ ...HOSTILE, ESC: '\u001b[' }))('refuses %s with control_character', (_name, value) => {
      const problems = problemsOf(() => parseKlantForm(formWith(section, key, value)));
      expect(pairs(problems)).toContainEqual([`${section}.${key}`, 'control_character']);
      expect(problems.filter((p) => p.field === `${section}.${key}`)).toHaveLength(1);
    });

    it('refuses a direction override, a broken character and invisible text', () => {
      for (const [value, code] of [
        ['\u202eX', 'bidi_control'],
        ['X\ud800', 'invalid_unicode'],
        ['\u200b', 'no_visible_text'],
      ] as const) {
        expect(pairs(problemsOf(() => parseKlantForm(formWith(section, key, value))))).toContainEqual([
          `${section}.${key}`,
          code,
        ]);
      }
    });
  });

  it('refuses a company name or city of only zero-width or format characters (issue 11)', () => {
    expect(pairs(problemsOf(() => parseKlantForm({ company: { acro: 'X', name: '\u200b' } })))).toEqual([
      ['company.name', 'no_visible_text'],
    ]);
    const address = { street: 'Straat', houseNumber: '1', postalCode: '1234 AB', city: '\u200b\u2060' };
    expect(pairs(problemsOf(() => parseKlantForm({ company: { acro: 'X', name: 'x' }, address })))).toEqual([
      ['address.city', 'no_visible_text'],
    ]);
  });

  it('trims surrounding Unicode spaces, so they neither count nor stay', () => {
    const form = parseKlantForm({ company: { acro: '\u00a0KPN\u3000', name: '\u2003KPN B.V.\u00a0' } });
    expect(form.company).toMatchObject({ acro: 'KPN', name: 'KPN B.V.' });
  });

  it('refuses look-alike and fullwidth letters in an acro as invalid characters', () => {
    for (const acro of ['KРN', 'ＫＰＮ']) {
      expect(pairs(problemsOf(() => parseKlantForm({ company: { acro, name: 'x' } })))).toEqual([
        ['company.acro', 'acro_invalid_characters'],
      ]);
    }
  });
});

describe('init and leverancieradmin add', () => {
  const init = { supplier: 'acme', admin: 'jan', adminEmail: 'jan@acme.example' };

  it.each([
    ['supplier', 'supplier'],
    ['domain', 'domain'],
    ['admin', 'admin'],
    ['adminEmail', 'adminEmail'],
  ] as const)('init refuses a control character in %s', async (key, field) => {
    const db = (await supplierDatabase('sqlite')).db;
    const error = await initSupplier(db, { ...init, [key]: HOSTILE.OSC }, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcmError);
    expect(pairs([...(error as EcmError).problems])).toEqual([[field, 'control_character']]);
  });

  it.each(['username', 'email'] as const)('leverancieradmin add refuses a control character in %s', async (key) => {
    const { db } = await supplierDatabase('sqlite');
    const raw = { username: 'piet', email: 'piet@acme.example', [key]: HOSTILE.NUL };
    const error = await addSupplierAdmin(db, raw, { as: 'jan', now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcmError);
    expect(pairs([...(error as EcmError).problems])).toEqual([[key, 'control_character']]);
  });

  it('limits a username after normalising, not the text typed (issue 11)', async () => {
    const { db } = await supplierDatabase('sqlite');
    const added = await addSupplierAdmin(
      db,
      { username: `k${'!'.repeat(200)}`, email: 'k@acme.example' },
      {
        as: 'jan',
        now: NOW,
      },
    );
    expect(added.leverancieradmin.username).toBe('k');
  });
});
