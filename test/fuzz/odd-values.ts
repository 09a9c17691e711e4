/**
 * Values no form field should accept, or only after a careful look: wrong types, nesting thousands deep,
 * text with every kind of character a terminal or a database treats specially, and text far over any limit.
 */
import fc from 'fast-check';
import { Obj, Raw, type Doc } from './json-text.js';

/** Characters that each test one text rule, or that look like one thing and are another. */
export const ODD_CHARACTERS = [
  '\u0301', // combining acute accent: on nothing when it comes first
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u001b]0;title\u0007',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u200b', // zero-width space
  '\u200d', // zero-width joiner
  '\u00ad', // soft hyphen
  '\ufeff',
  '\u202e', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u200f', // right-to-left mark: not an override
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\u0410', // Cyrillic А
  '\u0435', // Cyrillic е
  '\uff21', // fullwidth Ａ
  '\u2800', // braille blank
  '\u3164', // Hangul filler
  '\u{1f469}\u200d\u{1f4bb}', // emoji joined by ZWJ
  'e\u0301',
  '\u2028',
];

/** White space that String.prototype.trim removes and a person may not see. */
export const UNICODE_SPACES = ['\u00a0', '\u2003', '\u3000', '\ufeff', '\u1680', '\u205f', '\t', '\n', ' '];

/** A text with odd characters put in, or put around it. */
export function oddened(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    fc
      .tuple(base, fc.constantFrom(...ODD_CHARACTERS), fc.nat())
      .map(([text, odd, at]) => text.slice(0, at % (text.length + 1)) + odd + text.slice(at % (text.length + 1))),
    fc
      .tuple(fc.constantFrom(...UNICODE_SPACES), base, fc.constantFrom(...UNICODE_SPACES))
      .map(([before, text, after]) => before + text + after),
    fc
      .array(fc.constantFrom(...ODD_CHARACTERS, ...UNICODE_SPACES), { minLength: 1, maxLength: 4 })
      .map((cs) => cs.join('')),
  );
}

/** 100 kB to 1 MB of one character: over every limit, and slow to handle if something is quadratic. */
export const hugeText = fc
  .tuple(fc.integer({ min: 100_000, max: 1_000_000 }), fc.constantFrom('x', 'é', '\u200b', '\u{1f600}', ' '))
  .map(([length, c]) => c.repeat(Math.ceil(length / c.length)));

/** Arrays or objects 1,000 to 10,000 deep, written as text: building and printing them costs nothing. */
export const deeplyNested = fc
  .tuple(fc.integer({ min: 1_000, max: 10_000 }), fc.constantFrom('array', 'object', 'mixed'))
  .map(([depth, kind]) => {
    const [open, leaf, close] =
      kind === 'array' ? ['[', '1', ']'] : kind === 'object' ? ['{"a":', '1', '}'] : ['[{"copy":', '"all"', '}]'];
    return new Raw(open.repeat(depth) + leaf + close.repeat(depth), `${kind} ${depth} deep`);
  });

export const wrongType: fc.Arbitrary<Doc> = fc.oneof(
  fc.constantFrom<Doc>(0, -0, 1, -1, 1e308, 2 ** 53 + 1, 0.5, true, false, null, [], ['x'], [null], new Obj([])),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 3 }),
  fc.constant(new Obj([['toString', 'x']])),
  fc.constant(new Raw('1e400', '1e400')),
);

export const oddText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', ' ', '\t\n', 'null', 'undefined', '__proto__', '0'),
  oddened(fc.string({ minLength: 1, maxLength: 12 })),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(...ODD_CHARACTERS), minLength: 1, maxLength: 6 }),
);

/** Anything a field should refuse or at least survive. */
export const hostile: fc.Arbitrary<Doc> = fc.oneof(
  { weight: 4, arbitrary: wrongType },
  { weight: 4, arbitrary: oddText },
  { weight: 1, arbitrary: deeplyNested },
  { weight: 1, arbitrary: hugeText },
);
