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

/** Mostly the valid values, sometimes a hostile one, and sometimes valid text with odd characters in it. */
function field(valid: fc.Arbitrary<Doc>, texts?: fc.Arbitrary<string>): fc.Arbitrary<Doc> {
  return fc.oneof(
    { weight: 6, arbitrary: valid },
    { weight: 2, arbitrary: hostile },
    { weight: texts ? 2 : 0, arbitrary: texts ? oddened(texts) : fc.constant(null) },
  );
}

const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .&'-]{0,20}[A-Za-z0-9.]$/);
const acro = fc.oneof(
  fc.stringMatching(/^[A-Z][A-Z0-9]{0,5}(-[A-Z0-9]{1,3})?$/),
  fc.constantFrom('NS', 'ns', 'KPN', 'admin', 'API', 'A--B', '-AB', 'AB-', 'ABCDEFGHIJKLMNOPQRSTU'),
  fc.constantFrom('K\u0420N', '\uff2b\uff30\uff2e', 'K\u0301PN', '\u0410BC'),
);
const referenceCode = fc.oneof(fc.stringMatching(/^DEB-[0-9]{1,6}$/), fc.constantFrom('REF-NS', 'ref-ns'));
const username = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9._-]{1,20}$/),
  fc.constantFrom('jan', 'JAN', ' Jan ', '...', 'kpn.beheer'),
);
const email = fc.oneof(
  fc.emailAddress(),
  fc.constantFrom('beheer@kpn.example', 'no-at-sign', '@kpn.example', 'a@b', 'jan@acme.example'),
);
const categories = fc.oneof(
  { weight: 2, arbitrary: fc.constant('all') },
  { weight: 6, arbitrary: fc.subarray([...CATEGORY_IDS], { minLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom<Doc>([], ['sets'], ['unknown'], ['all'], 'ALL', ['customerSettings', 1]) },
  { weight: 1, arbitrary: deeplyNested },
);
const postalCode = fc.oneof(
  fc.stringMatching(/^[1-9][0-9]{3} ?[A-Za-z]{2}$/),
  fc.constantFrom('3511er', '0000 AA', '1234 SA', 'B-1000', '12345'),
);

const unknownKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'prototype', 'hasOwnProperty', 'Acro', 'acro ', ''),
  fc.string({ minLength: 1, maxLength: 8 }),
);

/** An object of some of `keys`, plus sometimes unknown ones (`__proto__` among them). */
function section(keys: Record<string, fc.Arbitrary<Doc>>, required: readonly string[] = []): fc.Arbitrary<Doc> {
  const entries = Object.entries(keys).map(([key, value]) =>
    required.includes(key)
      ? value.map((v) => [[key, v] as const])
      : fc.option(value, { freq: 3 }).map((v) => (v === null ? [] : [[key, v] as const])),
  );
  const unknown = fc.array(fc.tuple(unknownKey, fc.oneof(fc.string({ maxLength: 5 }), wrongType)), { maxLength: 2 });
  return fc
    .tuple(fc.tuple(...entries), fc.option(unknown, { freq: 6 }))
    .map(([known, extra]) => new Obj([...known.flat(), ...(extra ?? [])]));
}

/** A section, or what stands for "not given" (absent, null, {}), or a value that is no section at all. */
function sectionOrNot(body: fc.Arbitrary<Doc>): fc.Arbitrary<Doc | undefined> {
  return fc.oneof(
    { weight: 8, arbitrary: body },
    { weight: 2, arbitrary: fc.constantFrom<Doc | undefined>(undefined, null, new Obj([])) },
    { weight: 1, arbitrary: hostile },
  );
}

export function formDocument(places: OddPlaces): fc.Arbitrary<Doc> {
  const company = section(
    {
      acro: field(acro, acro),
      name: field(fc.oneof(word, fc.constantFrom('KPN B.V.', 'Café Noir', '株式会社')), word),
      referenceCode: field(referenceCode, referenceCode),
      emailLogo: field(imagePath(places)),
      sizeInstructions: field(pdfPath(places)),
    },
    ['acro', 'name'],
  );
  const admin = section({ username: field(username, username), email: field(email, email) });
  const portal = section({
    copyFrom: field(fc.constantFrom('NS', 'ns', 'KPN', 'N S'), fc.constant('NS')),
    copy: field(categories),
    logo: field(imagePath(places)),
    template: field(fc.constantFrom('standaard', 'donker', 'Standaard', 'onbekend'), fc.constant('standaard')),
  });
  const address = section({
    street: field(word, word),
    houseNumber: field(fc.oneof(fc.stringMatching(/^[1-9][0-9]{0,3}[a-z]?$/), fc.integer({ min: 1, max: 9999 }))),
    houseNumberAddition: field(fc.constantFrom('A', 'bis', '-2')),
    postalCode: field(postalCode, postalCode),
    city: field(word, word),
    country: field(fc.constantFrom('NL', 'nl', 'BE', 'DE', 'XX', 'NLD'), fc.constant('NL')),
    attention: field(word, word),
    phone: field(fc.constantFrom('+31 10 123 4567', '010-1234567', '(010) 123 45 67', '12', '+31 10 ext 4')),
  });
  const form = fc
    .record({
      company: sectionOrNot(company),
      admin: sectionOrNot(admin),
      portal: sectionOrNot(portal),
      address: sectionOrNot(address),
    })
    .map(
      (sections) =>
        new Obj(
          Object.entries(sections).flatMap(([key, value]) => (value === undefined ? [] : [[key, value] as const])),
        ),
    );
  return fc.oneof(
    { weight: 20, arbitrary: form },
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
  return fc
    .tuple(formDocument(places), fc.constantFrom<readonly string[]>([], [], [], ['--dry-run'], ['--show-password']))
    .map(([doc, flags]) => new FuzzCase(doc, flags));
}
