/**
 * `klant create --json -` documents shaped like the form (src/klant/schema.ts): every section and key, each
 * mostly valid and sometimes hostile, so that cases both pass and fail, and a hostile value usually meets
 * otherwise valid neighbours. The database the cases run on has one environment, NS (reference code
 * REF-NS), and one leverancieradmin, jan: naming those exercises copying and the conflicts.
 */
import fc from 'fast-check';
import { CATEGORY_IDS } from '../../src/klant/categories.js';
import { imagePath, pdfPath, type OddPlaces } from './file-paths.js';
import { Obj, Raw, toJsonText, describeDoc, type Doc } from './json-text.js';
import { deeplyNested, hostile, hugeText, oddened, wrongType } from './odd-values.js';

export class FuzzCase {
  constructor(
    readonly doc: Doc,
    /** Options after `klant create --json -`. */
    readonly flags: readonly string[],
  ) {}
  /** fast-check would print a megabyte string in full. */
  [fc.toStringMethod](): string {
    return describeCase(this);
  }
}

export const stdinOf = (c: FuzzCase): string => toJsonText(c.doc);
export const describeCase = (c: FuzzCase): string => `${c.flags.join(' ')} ${describeDoc(c.doc)}`.trim();

/**
 * How hostile one case is. Were every field hostile now and then, nearly every form would have something
 * wrong and the create path would hardly be reached; a calm case has plausible values only (some of which
 * still clash with NS or name no environment), a wild one has something odd nearly everywhere.
 */
export type Mood = 'calm' | 'mixed' | 'wild';
const HOSTILITY: Record<Mood, { valid: number; hostile: number; oddened: number; unknownKeys: number }> = {
  calm: { valid: 1, hostile: 0, oddened: 0, unknownKeys: 0 },
  mixed: { valid: 24, hostile: 1, oddened: 1, unknownKeys: 1 },
  wild: { valid: 6, hostile: 2, oddened: 2, unknownKeys: 3 },
};

const mostly = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 8, arbitrary: usual }, { weight: 1, arbitrary: odd });

const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .&'-]{0,20}[A-Za-z0-9.]$/);
const acro = mostly(
  fc.stringMatching(/^[A-Z][A-Z0-9]{0,5}(-[A-Z0-9]{1,3})?$/),
  fc.constantFrom(
    'NS',
    'ns',
    'KPN',
    'admin',
    'API',
    'A--B',
    '-AB',
    'AB-',
    'ABCDEFGHIJKLMNOPQRSTU',
    'K\u0420N',
    '\uff2b\uff30\uff2e',
    'K\u0301PN',
    '\u0410BC',
  ),
);
const referenceCode = mostly(fc.stringMatching(/^DEB-[0-9]{1,6}$/), fc.constantFrom('REF-NS', 'ref-ns', ' DEB-1 '));
const username = mostly(
  fc.stringMatching(/^[a-z][a-z0-9._-]{1,20}$/),
  fc.constantFrom('jan', 'JAN', ' Jan ', '...', 'Kpn.Beheer'),
);
const email = mostly(
  fc.stringMatching(/^[a-z][a-z0-9]{0,10}@[a-z]{2,8}\.example$/),
  fc.oneof(fc.emailAddress(), fc.constantFrom('no-at-sign', '@kpn.example', 'a@b', 'jan@acme.example')),
);
const categories = fc.oneof(
  { weight: 2, arbitrary: fc.constant('all') },
  { weight: 8, arbitrary: fc.subarray([...CATEGORY_IDS], { minLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom<Doc>([], ['sets'], ['unknown'], ['all'], 'ALL', ['customerSettings', 1]) },
  { weight: 1, arbitrary: deeplyNested },
);
const postalCode = mostly(
  fc.stringMatching(/^[1-9][0-9]{3} ?[A-Za-z]{2}$/),
  fc.constantFrom('3511er', '0000 AA', '1234 SA', 'B-1000', '12345'),
);

const unknownKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'prototype', 'hasOwnProperty', 'Acro', 'acro ', ''),
  fc.string({ minLength: 1, maxLength: 8 }),
);

/** A section, or what stands for "not given" (absent, null, {}), or a value that is no section at all. */
function sectionOrNot(body: fc.Arbitrary<Doc>, mood: Mood): fc.Arbitrary<Doc | undefined> {
  return fc.oneof(
    { weight: 8, arbitrary: body },
    { weight: 2, arbitrary: fc.constantFrom<Doc | undefined>(undefined, null, new Obj([])) },
    { weight: HOSTILITY[mood].hostile, arbitrary: hostile },
  );
}

export function formDocument(places: OddPlaces, mood: Mood): fc.Arbitrary<Doc> {
  const weights = HOSTILITY[mood];
  /** The valid values, or a hostile one, or valid text with odd characters in it, as the mood has it. */
  const field = (valid: fc.Arbitrary<Doc>, texts?: fc.Arbitrary<string>): fc.Arbitrary<Doc> =>
    fc.oneof(
      { weight: weights.valid, arbitrary: valid },
      { weight: weights.hostile, arbitrary: hostile },
      { weight: texts ? weights.oddened : 0, arbitrary: texts ? oddened(texts) : fc.constant(null) },
    );
  /** An object of some of `keys` (always the `required` ones), plus sometimes unknown ones. */
  const section = (keys: Record<string, fc.Arbitrary<Doc>>, required: readonly string[] = []): fc.Arbitrary<Doc> => {
    const entries = Object.entries(keys).map(([key, value]) =>
      required.includes(key)
        ? value.map((v) => [[key, v] as const])
        : fc.option(value, { freq: 3 }).map((v) => (v === null ? [] : [[key, v] as const])),
    );
    const unknown = fc.array(fc.tuple(unknownKey, fc.oneof(fc.string({ maxLength: 5 }), wrongType)), {
      minLength: 1,
      maxLength: 2,
    });
    return fc
      .tuple(
        fc.tuple(...entries),
        fc.oneof({ weight: 12, arbitrary: fc.constant([]) }, { weight: weights.unknownKeys, arbitrary: unknown }),
      )
      .map(([known, extra]) => new Obj([...known.flat(), ...extra]));
  };
  const files = mood === 'calm' ? 'good' : 'any';

  const company = section(
    {
      acro: field(acro, acro),
      name: field(fc.oneof(word, fc.constantFrom('KPN B.V.', 'Café Noir', '株式会社')), word),
      referenceCode: field(referenceCode, referenceCode),
      emailLogo: field(imagePath(places, files)),
      sizeInstructions: field(pdfPath(places, files)),
    },
    ['acro', 'name'],
  );
  const admin = section(
    { username: field(username, username), email: field(email, email) },
    mood === 'wild' ? [] : ['username', 'email'],
  );
  const portal = section(
    {
      copyFrom: field(mostly(fc.constantFrom('NS', 'ns'), fc.constantFrom('KPN', 'N S')), fc.constant('NS')),
      copy: field(categories),
      logo: field(imagePath(places, files)),
      template: field(
        mostly(fc.constantFrom('standaard', 'donker'), fc.constantFrom('Standaard', 'onbekend')),
        fc.constant('standaard'),
      ),
    },
    // copyFrom and copy go together; only the wild cases give one without the other.
    mood === 'wild' ? [] : ['copyFrom', 'copy'],
  );
  const portalMaybeCopying =
    mood === 'wild'
      ? portal
      : fc
          .tuple(portal, fc.boolean())
          .map(([p, copying]) =>
            copying ? p : new Obj((p as Obj).entries.filter(([key]) => key !== 'copyFrom' && key !== 'copy')),
          );
  const address = section(
    {
      street: field(word, word),
      houseNumber: field(fc.oneof(fc.stringMatching(/^[1-9][0-9]{0,3}[a-z]?$/), fc.integer({ min: 1, max: 9999 }))),
      houseNumberAddition: field(fc.constantFrom('A', 'bis', '-2')),
      postalCode: field(postalCode, postalCode),
      city: field(word, word),
      country: field(mostly(fc.constantFrom('NL', 'nl', 'BE', 'DE'), fc.constantFrom('XX', 'NLD')), fc.constant('NL')),
      attention: field(word, word),
      phone: field(
        mostly(
          fc.constantFrom('+31 10 123 4567', '010-1234567', '(010) 123 45 67'),
          fc.constantFrom('12', '+31 10 ext 4'),
        ),
      ),
    },
    // An address needs all four; only the wild cases leave some out.
    mood === 'wild' ? [] : ['street', 'houseNumber', 'postalCode', 'city'],
  );
  const form = fc
    .record({
      company: mood === 'calm' ? company : sectionOrNot(company, mood),
      admin: sectionOrNot(admin, mood),
      portal: sectionOrNot(portalMaybeCopying, mood),
      address: sectionOrNot(address, mood),
    })
    .map(
      (sections) =>
        new Obj(
          Object.entries(sections).flatMap(([key, value]) => (value === undefined ? [] : [[key, value] as const])),
        ),
    );
  if (mood !== 'wild') return form;
  // Unknown keys beside the sections too: `{"__proto__": …}` at the top is where prototype pollution would be.
  const withStrangers = fc
    .tuple(form, fc.array(fc.tuple(unknownKey, fc.oneof(wrongType, form)), { maxLength: 2 }))
    .map(([doc, strangers]) => new Obj([...strangers, ...(doc as Obj).entries]));
  return fc.oneof(
    { weight: 8, arbitrary: form },
    { weight: 4, arbitrary: withStrangers },
    { weight: 1, arbitrary: hostile },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        new Raw('', 'empty input'),
        new Raw('{"company":{"acro":"KPN","name":"KPN"}', 'truncated'),
        new Raw('{"company":{"acro":"KPN","name":"KPN"}}{}', 'two documents'),
        new Raw('\ufeff{"company":{"acro":"KPN","name":"KPN"}}', 'byte order mark'),
        new Raw('{"company":{"acro":"KPN","name":"K\\u0000PN"}}', 'escaped NUL in name'),
      ),
    },
    { weight: 1, arbitrary: hugeText.map((text) => new Obj([['company', new Obj([['name', text]])]])) },
  );
}

export function fuzzCase(places: OddPlaces): fc.Arbitrary<FuzzCase> {
  const doc = fc.constantFrom<Mood>('calm', 'mixed', 'wild').chain((mood) => formDocument(places, mood));
  return fc
    .tuple(doc, fc.constantFrom<readonly string[]>([], [], [], ['--dry-run'], ['--show-password']))
    .map(([doc, flags]) => new FuzzCase(doc, flags));
}
