/** Stored data reaches a person's terminal only with its control characters made visible. */
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { jsonDocument } from '../../../src/cli/output/json.js';
import { renderTable } from '../../../src/cli/output/listings.js';
import { visible, visibleData } from '../../../src/cli/output/visible.js';

const plain = new Chalk({ level: 0 });
// eslint-disable-next-line no-control-regex -- looking for them is the point
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('visible', () => {
  it('escapes ESC, BEL, CSI, OSC, NUL and DEL as \\xNN, and direction controls as \\uNNNN', () => {
    expect(visible('Evil \u001b[2J\u001b[31mRED\u0007 Co')).toBe('Evil \\x1b[2J\\x1b[31mRED\\x07 Co');
    expect(visible('\u009b31m \u001b]0;t\u0007 \u0000 \u007f')).toBe('\\x9b31m \\x1b]0;t\\x07 \\x00 \\x7f');
    expect(visible('a\u202eb\u2066c')).toBe('a\\u202eb\\u2066c');
    expect(visible('Café 株式会社 😀')).toBe('Café 株式会社 😀');
  });

  it('reaches every string of a nested value and leaves the rest as it is', () => {
    expect(visibleData({ a: ['x\u001b', { b: 'y\u0007' }], n: 1, none: null })).toEqual({
      a: ['x\\x1b', { b: 'y\\x07' }],
      n: 1,
      none: null,
    });
  });
});

describe('renderTable', () => {
  it('writes no control character from the data, and keeps the columns in line', () => {
    const rows = [
      { acro: 'EVIL', name: 'Evil \u001b[2J\u001b[31mRED\u0007 Co', city: 'x' },
      { acro: 'ZH', name: '株式会社', city: 'y' },
      { acro: 'CMB', name: 'Cafe\u0301 Cafe\u0301', city: 'z' },
    ];
    const text = renderTable(plain, ['acro', 'name', 'city'] as const, rows);
    expect(text).not.toMatch(UNSAFE);
    const lines = text.trimEnd().split('\n');
    const lastColumn = lines.map((line) => stringWidth(line) - stringWidth(line.trimEnd().split(' ').at(-1)!));
    expect(new Set(lastColumn).size).toBe(1);
  });
});

describe('jsonDocument', () => {
  it('is the same JSON value, with DEL, C1 and direction controls escaped too', () => {
    const value = { name: 'a\u001b[2J\u007f\u009b\u202e\u0000z' };
    const json = jsonDocument(value);
    expect(json).not.toMatch(UNSAFE);
    expect(JSON.parse(json)).toEqual(value);
  });
});
