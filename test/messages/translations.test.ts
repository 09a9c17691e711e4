/**
 * Every text exists in every language. The type `Messages` refuses a missing key at compile time; this checks
 * the same at run time (so a cast cannot hide one), that every function takes as many parameters in each
 * language, and that nothing was left untranslated by copying the English.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.js';
import { nl } from '../../src/messages/nl.js';
import { LANGUAGES, TRANSLATIONS } from '../../src/messages/index.js';

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, path = ''): Leaf[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path === '' ? key : `${path}.${key}`));
  }
  return [{ path, value }];
}

const kind = (value: unknown) => (Array.isArray(value) ? 'array' : typeof value);

/**
 * The same in both languages on purpose: the manual's own terms and names (which the English keeps too),
 * commander's and inquirer's words where Dutch uses the English one, and what holds no words at all.
 */
const SAME_IN_BOTH = new Set([
  'summary.labels.acro', // Acro
  'summary.labels.url', // URL
  'summary.labels.template', // Template (the manual's word)
  'summary.labels.emailLogo', // E-mail logo (the manual's word)
  'summary.labels.leverancieradmins', // Leverancieradmins
  'summary.labels.status', // Status
  'summary.klantadminHeading', // Klantadmin
  'prompts.portal.template', // Template
  'prompts.update.template', // Template
  'prompts.summary.labels.company.acro', // Acro
  'prompts.summary.labels.company.emailLogo', // E-mail logo
  'prompts.summary.labels.portal.logo', // Logo
  'prompts.summary.labels.portal.template', // Template
]);

const withoutWords = (text: string) => !/\p{L}/u.test(text);

describe('the translations', () => {
  const english = new Map(leaves(en).map((leaf) => [leaf.path, leaf.value]));

  for (const language of LANGUAGES) {
    describe(language, () => {
      const texts = leaves(TRANSLATIONS[language]);

      it('has exactly the keys of the English', () => {
        expect(texts.map((leaf) => leaf.path).sort()).toEqual([...english.keys()].sort());
      });

      it('has a text where the English has a text, and a function taking as many parameters', () => {
        for (const { path, value } of texts) {
          const theirs = english.get(path);
          expect(kind(value), path).toBe(kind(theirs));
          if (typeof value === 'function') expect(value.length, path).toBe((theirs as () => unknown).length);
          if (typeof value === 'string') expect(value.trim(), path).not.toBe('');
        }
      });
    });
  }

  it('leaves no Dutch text the same as the English, but for the terms both use', () => {
    const same = leaves(nl)
      .filter(({ path, value }) => typeof value === 'string' && value === english.get(path))
      .filter(({ path, value }) => !SAME_IN_BOTH.has(path) && !withoutWords(value as string))
      .map(({ path }) => path);
    expect(same).toEqual([]);
  });

  it('keeps the list of terms both use to texts that are indeed the same', () => {
    const dutch = new Map(leaves(nl).map((leaf) => [leaf.path, leaf.value]));
    for (const path of SAME_IN_BOTH) expect(dutch.get(path), path).toBe(english.get(path));
  });

  it('gives the Dutch functions Dutch words, not the English ones', () => {
    // Each function is called with the first sample arguments both languages accept; the result must differ
    // from the English one, but for those that add no words of their own to what they are given.
    const SAME_RESULT = new Set([
      'import.progress', // status, acro, done/total
      'import.counts', // the counts with the statuses given
      'summary.rowCount', // category: n
      'summary.firstAdmin', // leverancieradmin jan <jan@acme.example>
      'sentence', // changes a message in its own language: see below
    ]);
    const kinds: unknown[] = ['X', 3, ['A', 'B'], null];
    const argumentSets = (n: number): unknown[][] =>
      n === 0 ? [[]] : argumentSets(n - 1).flatMap((rest) => kinds.map((k) => [k, ...rest]));
    const same: string[] = [];
    const untried: string[] = [];
    for (const { path, value } of leaves(nl)) {
      if (typeof value !== 'function' || SAME_RESULT.has(path)) continue;
      const theirs = english.get(path) as (...args: unknown[]) => unknown;
      const results = argumentSets(value.length).flatMap((args) => {
        try {
          return [[value(...args), theirs(...args)]];
        } catch {
          return [];
        }
      });
      if (results.length === 0) untried.push(path);
      else if (results[0]![0] === results[0]![1]) same.push(path);
    }
    expect(same).toEqual([]);
    expect(untried).toEqual([]);
  });

  it('makes a field message a sentence under a question, by the rules of each language', () => {
    expect(en.sentence(en.field.required)).toBe('This is required');
    expect(en.sentence(en.acro.acro_reserved)).toBe(
      'This acro is a path the supplier site itself uses; choose another',
    );
    expect(nl.sentence(nl.field.required)).toBe('Dit is verplicht');
    expect(nl.sentence(nl.text.control_character)).toMatch(/^Dit mag geen stuurtekens bevatten/);
    expect(nl.sentence(nl.acro.acro_reserved)).toMatch(/^Deze acro is een pad/);
    expect(nl.sentence(nl.file.empty('logo.png'))).toBe('logo.png is leeg');
  });
});

describe('the standard templates', () => {
  it('are described in English exactly as init stores them', async () => {
    const { STANDARD_TEMPLATES } = await import('../../src/klant/templates.js');
    expect(Object.keys(en.templates).sort()).toEqual(STANDARD_TEMPLATES.map((t) => t.name).sort());
    for (const t of STANDARD_TEMPLATES) expect(en.templates[t.name as keyof typeof en.templates]).toBe(t.description);
  });
});
