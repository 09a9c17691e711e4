import { describe, expect, it } from 'vitest';
import { EcmError } from '../../src/errors.js';
import { parseKlantForm } from '../../src/klant/schema.js';
import { en } from '../../src/messages/en.js';

function problems(raw: unknown) {
  try {
    parseKlantForm(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(EcmError);
    expect((error as EcmError).kind).toBe('input');
    return (error as EcmError).problems.map(({ field, code }) => ({ field, code }));
  }
  throw new Error('expected the form to be refused');
}

const minimal = { company: { acro: 'KPN', name: 'KPN B.V.' } };

describe('the klant form schema', () => {
  it('needs only acro and name; absent parts become null', () => {
    expect(parseKlantForm(minimal)).toEqual({
      company: { acro: 'KPN', name: 'KPN B.V.', referenceCode: null, emailLogo: null, sizeInstructions: null },
      admin: null,
      portal: null,
      address: null,
    });
  });

  it('treats null, {} and empty strings as "not given"', () => {
    const form = parseKlantForm({
      company: { acro: 'KPN', name: 'KPN', referenceCode: '', emailLogo: null },
      admin: {},
      portal: null,
      address: { street: '', city: null },
    });
    expect(form.admin).toBeNull();
    expect(form.portal).toBeNull();
    expect(form.address).toBeNull();
    expect(form.company.referenceCode).toBeNull();
  });

  it('parses the contract example', () => {
    const form = parseKlantForm({
      company: {
        acro: 'KPN',
        name: 'KPN B.V.',
        referenceCode: 'DEB-1001',
        emailLogo: 'logos/kpn-mail.png',
        sizeInstructions: 'docs/maattabel.pdf',
      },
      admin: { username: 'kpn.beheer', email: 'beheer@kpn.example' },
      portal: {
        copyFrom: 'NS',
        copy: ['customerSettings', 'emailSettings'],
        logo: 'logos/kpn.png',
        template: 'standaard',
      },
      address: {
        street: 'Wilhelminakade',
        houseNumber: '91',
        houseNumberAddition: 'A',
        postalCode: '3072 AP',
        city: 'Rotterdam',
        country: 'NL',
        attention: 'Facilitair bedrijf',
        phone: '+31 10 123 4567',
      },
    });
    expect(form.portal).toEqual({
      copyFrom: 'NS',
      copy: ['customerSettings', 'emailSettings'],
      logo: 'logos/kpn.png',
      template: 'standaard',
    });
    expect(form.address?.postalCode).toBe('3072 AP');
  });

  it('reports every problem at once with its JSON path', () => {
    expect(
      problems({
        company: {
          acro: 'www',
          name: '',
          referenceCode: 'x'.repeat(51),
          emailLogo: 'logo.gif',
          sizeInstructions: 'm.doc',
        },
        admin: { username: '!!!', email: 'not-an-email' },
        portal: { copyFrom: 'NS', copy: ['assortment', 'nope'] },
        address: { street: 'Laan', postalCode: '12345', country: 'XX' },
        extra: 1,
      }),
    ).toEqual(
      expect.arrayContaining([
        { field: 'company.acro', code: 'acro_reserved' },
        { field: 'company.name', code: 'required' },
        { field: 'company.referenceCode', code: 'too_long' },
        { field: 'company.emailLogo', code: 'file_extension' },
        { field: 'company.sizeInstructions', code: 'file_extension' },
        { field: 'admin.username', code: 'username_empty' },
        { field: 'admin.email', code: 'invalid_email' },
        { field: 'portal.copy[1]', code: 'unknown_category' },
        { field: 'address.houseNumber', code: 'required' },
        { field: 'address.city', code: 'required' },
        { field: 'address.country', code: 'invalid_country' },
        { field: 'extra', code: 'unknown_key' },
      ]),
    );
  });

  it('refuses unknown keys in every section', () => {
    expect(problems({ company: { ...minimal.company, acroo: 'x' }, portal: { templat: 'a' } })).toEqual([
      { field: 'company.acroo', code: 'unknown_key' },
      { field: 'portal.templat', code: 'unknown_key' },
    ]);
  });

  it('needs acro and name', () => {
    expect(problems({ company: {} })).toEqual([
      { field: 'company.acro', code: 'required' },
      { field: 'company.name', code: 'required' },
    ]);
    expect(problems({})).toEqual([{ field: 'company', code: 'required' }]);
    expect(problems([])).toEqual([{ field: null, code: 'invalid_type' }]);
  });

  it('normalises the klantadmin username and needs both of its fields', () => {
    expect(parseKlantForm({ ...minimal, admin: { username: 'Zoë Beheer', email: 'zoe@kpn.example' } }).admin).toEqual({
      username: 'zoebeheer',
      email: 'zoe@kpn.example',
    });
    expect(problems({ ...minimal, admin: { username: 'zoe' } })).toEqual([{ field: 'admin.email', code: 'required' }]);
    expect(problems({ ...minimal, admin: { email: 'zoe@kpn.example' } })).toEqual([
      { field: 'admin.username', code: 'required' },
    ]);
  });

  it('takes copyFrom and copy only together, "all" or a non-empty list', () => {
    expect(problems({ ...minimal, portal: { copyFrom: 'NS' } })).toEqual([{ field: 'portal.copy', code: 'required' }]);
    expect(problems({ ...minimal, portal: { copy: 'all' } })).toEqual([{ field: 'portal.copyFrom', code: 'required' }]);
    expect(problems({ ...minimal, portal: { copyFrom: 'NS', copy: [] } })).toEqual([
      { field: 'portal.copy', code: 'copy_empty' },
    ]);
    expect(problems({ ...minimal, portal: { copyFrom: 'NS', copy: 'some' } })).toEqual([
      { field: 'portal.copy', code: 'invalid_value' },
    ]);
    expect(problems({ ...minimal, portal: { copyFrom: 'NS', copy: ['sets'] } })).toEqual([
      { field: 'portal.copy', code: 'copy_requires_category' },
    ]);
    expect(parseKlantForm({ ...minimal, portal: { copyFrom: 'NS', copy: 'all' } }).portal?.copy).toHaveLength(13);
    expect(
      parseKlantForm({ ...minimal, portal: { copyFrom: 'NS', copy: ['sets', 'assortment', 'sets'] } }).portal?.copy,
    ).toEqual(['assortment', 'sets']);
  });

  it('checks the address: required fields once started, Dutch postal code, country default NL', () => {
    const address = parseKlantForm({
      ...minimal,
      address: { street: 'Laan', houseNumber: 12, postalCode: '1234ab', city: 'Utrecht' },
    }).address;
    expect(address).toEqual({
      street: 'Laan',
      houseNumber: '12',
      houseNumberAddition: null,
      postalCode: '1234 AB',
      city: 'Utrecht',
      country: 'NL',
      attention: null,
      phone: null,
    });
    const belgian = parseKlantForm({
      ...minimal,
      address: { street: 'Rue', houseNumber: '1', postalCode: '1000', city: 'Brussel', country: 'be' },
    }).address;
    expect(belgian?.country).toBe('BE');
    expect(belgian?.postalCode).toBe('1000');
    expect(problems({ ...minimal, address: { phone: '+31 6' } })).toEqual([
      { field: 'address.street', code: 'required' },
      { field: 'address.houseNumber', code: 'required' },
      { field: 'address.postalCode', code: 'required' },
      { field: 'address.city', code: 'required' },
      { field: 'address.phone', code: 'invalid_phone' },
    ]);
    expect(
      problems({ ...minimal, address: { street: 'Laan', houseNumber: 'A', postalCode: '1234 AB', city: 'X' } }),
    ).toEqual([{ field: 'address.houseNumber', code: 'invalid_house_number' }]);
  });

  it('words a missing or malformed section in its own messages', () => {
    const messages = (raw: unknown) => {
      try {
        parseKlantForm(raw);
      } catch (error) {
        return (error as EcmError).problems.map((p) => p.message);
      }
      return [];
    };
    expect(messages({})).toEqual([en.field.required]);
    expect(messages({ company: 'KPN', admin: 1, portal: [], address: 'x' })).toEqual(
      Array(4).fill(en.field.notAnObject),
    );
  });

  it('refuses values of the wrong type', () => {
    expect(problems({ company: { acro: 12, name: ['x'] } })).toEqual([
      { field: 'company.acro', code: 'invalid_type' },
      { field: 'company.name', code: 'invalid_type' },
    ]);
  });
});

describe('hostile input found by fuzzing (issue 11)', () => {
  it.each([
    ['an object whose toString is no function', [{ toString: 1 }]],
    ['an object whose toString and valueOf are objects', [{ toString: {}, valueOf: {} }]],
    ['a number', [7]],
  ])('refuses a copy item that is %s on that item', (_name, copy) => {
    expect(problems({ ...minimal, portal: { copyFrom: 'NS', copy } })).toEqual([
      { field: 'portal.copy[0]', code: 'unknown_category' },
    ]);
  });

  it('refuses a copy item nested 5,000 lists deep without running out of stack', () => {
    const deep = JSON.parse(`${'['.repeat(5000)}${']'.repeat(5000)}`) as unknown;
    expect(problems({ ...minimal, portal: { copyFrom: 'NS', copy: [deep] } })).toEqual([
      { field: 'portal.copy[0]', code: 'unknown_category' },
    ]);
  });

  it('gives an acro of 201 characters one too_long, with the acro rule’s limit', () => {
    const refused = problems({ company: { acro: 'A'.repeat(201), name: 'x' } });
    expect(refused).toEqual([{ field: 'company.acro', code: 'too_long' }]);
  });

  it('limits a klantadmin username after normalising', () => {
    const form = parseKlantForm({ ...minimal, admin: { username: `k${'!'.repeat(200)}`, email: 'k@kpn.example' } });
    expect(form.admin?.username).toBe('k');
    expect(problems({ ...minimal, admin: { username: 'k'.repeat(65), email: 'k@kpn.example' } })).toEqual([
      { field: 'admin.username', code: 'too_long' },
    ]);
  });

  it.each([
    ['company.name', { company: { acro: 'P1', name: 'Naam\u0000NUL' } }],
    ['company.referenceCode', { company: { acro: 'P1', name: 'x', referenceCode: 'R\u0000' } }],
  ])('refuses NUL in %s as a control character', (field, raw) => {
    expect(problems(raw)).toEqual([{ field, code: 'control_character' }]);
  });

  it('refuses a name with a right-to-left override, which would show it reversed', () => {
    expect(problems({ company: { acro: 'X', name: 'Shop \u202eexe.gnp' } })).toEqual([
      { field: 'company.name', code: 'bidi_control' },
    ]);
  });
});
