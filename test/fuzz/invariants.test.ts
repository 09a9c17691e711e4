/**
 * The fuzzer is only as good as its checks: each invariant must catch what it is there for, and the JSON
 * text must say what the generators meant (a `__proto__` key, a lone surrogate).
 */
import { describe, expect, it } from 'vitest';
import { disagreements, violationsOf, type EngineOutcome } from './invariants.js';
import { Obj, Raw, toJsonText } from './json-text.js';

const refusal = JSON.stringify({ ok: false, errors: [{ field: 'company.acro', code: 'required', message: 'x' }] });
const outcome = (code: number | null, stdout: string, more: Partial<EngineOutcome> = {}): EngineOutcome => ({
  dialect: 'sqlite',
  outcome: { code, stdout, stderr: '' },
  dryRun: false,
  unchanged: true,
  ...more,
});

describe('violationsOf', () => {
  it('accepts a refusal in the envelope that left the database alone', () => {
    expect(violationsOf(outcome(2, `${refusal}\n`))).toEqual([]);
  });

  it.each([
    ['exit 1', outcome(1, refusal), 'exit code 1'],
    ['no exit code (killed)', outcome(null, refusal), 'exit code null'],
    ['two documents', outcome(2, `${refusal}\n${refusal}`), 'not exactly one JSON document'],
    [
      'a stack trace',
      { ...outcome(2, refusal), outcome: { code: 2, stdout: refusal, stderr: 'E\n    at f (x.js:1:1)' } },
      'stack trace on stderr',
    ],
    ['a write after a refusal', outcome(2, refusal, { unchanged: false }), 'database changed'],
    [
      'a write by a dry run',
      outcome(0, '{"ok":true,"dryRun":true,"steps":[],"copy":{},"warnings":[]}', { dryRun: true, unchanged: false }),
      'dry run changed',
    ],
    [
      'an extra key in an error',
      outcome(2, '{"ok":false,"errors":[{"field":null,"code":"x","message":"m","stack":"s"}]}'),
      'exactly {field, code, message}',
    ],
    [
      'a code in camelCase',
      outcome(2, '{"ok":false,"errors":[{"field":null,"code":"jsonInvalid","message":"m"}]}'),
      'code "jsonInvalid"',
    ],
    [
      'a conflict code with exit 2',
      outcome(2, '{"ok":false,"errors":[{"field":null,"code":"acro_taken","message":"m"}]}'),
      'acro_taken with exit 2',
    ],
    ['success without its keys', outcome(0, '{"ok":true}', { unchanged: null }), 'success document has keys ok'],
  ])('refuses %s', (_what, run, expected) => {
    expect(violationsOf(run).join('\n')).toContain(expected);
  });
});

describe('disagreements', () => {
  it('names a different exit code or error set between the engines', () => {
    const other = JSON.stringify({ ok: false, errors: [{ field: 'company.acro', code: 'acro_taken', message: 'x' }] });
    const found = disagreements(outcome(2, refusal), outcome(3, other, { dialect: 'postgres' }));
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('exit 2 on sqlite but 3 on postgres');
  });
});

describe('toJsonText', () => {
  it('keeps __proto__ as a key, writes lone surrogates as escapes and raw text as it is', () => {
    const text = toJsonText(
      new Obj([
        ['__proto__', new Obj([['acro', '\ud800']])],
        ['deep', new Raw('[[1]]', 'deep')],
      ]),
    );
    expect(text).toBe('{"__proto__":{"acro":"\\ud800"},"deep":[[1]]}');
    expect(Object.keys(JSON.parse(text))).toEqual(['__proto__', 'deep']);
  });
});
