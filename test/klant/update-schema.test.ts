/**
 * The input of `klant update`, built from the create form's own fields: every value is judged exactly as the
 * create judges it, a present key sets, null clears, the acro is refused by name, and create-only keys are
 * unknown.
 */
import { describe, expect, it } from 'vitest';
import { EcmError } from '../../src/errors.js';
import { parseKlantForm } from '../../src/klant/schema.js';
import { addressKeyProblems, mergeAddress, parseKlantUpdate } from '../../src/klant/update-schema.js';

function problems(work: () => unknown) {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(EcmError);
    expect((error as EcmError).kind).toBe('input');
    return (error as EcmError).problems.map(({ field, code }) => [field, code]);
  }
  throw new Error('expected the input to be refused');
}

/** The create's verdict on the same value, for the same field. */
function createProblems(section: string, key: string, value: unknown) {
  const form = {
    company: { acro: 'KPN', name: 'KPN' },
    [section]: { ...(section === 'company' && { acro: 'KPN', name: 'KPN' }), [key]: value },
  };
  try {
    parseKlantForm(form);
    return [];
  } catch (error) {
    return (error as EcmError).problems.filter((p) => p.field === `${section}.${key}`).map((p) => [p.field, p.code]);
  }
}

const ADDRESS = {
  street: 'Wilhelminakade',
  houseNumber: '91',
  houseNumberAddition: 'A',
  postalCode: '3072 AP',
  city: 'Rotterdam',
  country: 'NL',
  attention: null,
  phone: null,
};

describe('parseKlantUpdate', () => {
  it('takes only the keys present; null and empty texts clear; the address is replaced whole', () => {
    expect(parseKlantUpdate({})).toEqual({});
    expect(parseKlantUpdate({ company: null, portal: {} })).toEqual({});
    expect(
      parseKlantUpdate({
        company: { name: ' KPN Zakelijk ', referenceCode: null, emailLogo: '', sizeInstructions: 'm.pdf' },
        portal: { logo: null, template: 'donker' },
        address: { street: 'Laan', houseNumber: 1, postalCode: '1234ab', city: 'Utrecht' },
      }),
    ).toEqual({
      name: 'KPN Zakelijk',
      referenceCode: null,
      emailLogo: null,
      sizeInstructions: 'm.pdf',
      logo: null,
      template: 'donker',
      address: {
        street: 'Laan',
        houseNumber: '1',
        houseNumberAddition: null,
        postalCode: '1234 AB',
        city: 'Utrecht',
        country: 'NL',
        attention: null,
        phone: null,
      },
    });
    expect(parseKlantUpdate({ address: null })).toEqual({ address: null });
    expect(parseKlantUpdate({ address: {} })).toEqual({ address: null });
  });

  it('refuses the acro by name, whatever its value, and create-only keys as unknown', () => {
    for (const acro of ['KPN', 'Other', null, 1]) {
      expect(problems(() => parseKlantUpdate({ company: { acro } }))).toEqual([['company.acro', 'acro_immutable']]);
    }
    expect(
      problems(() =>
        parseKlantUpdate({
          admin: { username: 'a', email: 'a@a.example' },
          portal: { copyFrom: 'NS', copy: 'all' },
          company: { naam: 'x' },
        }),
      ),
    ).toEqual([
      ['company.naam', 'unknown_key'],
      ['portal.copyFrom', 'unknown_key'],
      ['portal.copy', 'unknown_key'],
      ['admin', 'unknown_key'],
    ]);
  });

  it('refuses to clear what is never empty: the name and the template', () => {
    expect(problems(() => parseKlantUpdate({ company: { name: null }, portal: { template: '' } }))).toEqual([
      ['company.name', 'required'],
      ['portal.template', 'required'],
    ]);
  });

  it('judges every value exactly as the create does', () => {
    const cases: [string, string, unknown][] = [
      ['company', 'name', 'x'.repeat(201)],
      ['company', 'name', 'KPN\u001b[2J'],
      ['company', 'name', '\u202eKPN'],
      ['company', 'name', '\u200b'],
      ['company', 'name', 42],
      ['company', 'referenceCode', 'x'.repeat(51)],
      ['company', 'emailLogo', 'logo.gif'],
      ['company', 'sizeInstructions', 'maat.png'],
      ['portal', 'logo', 'logo.pdf'],
      ['portal', 'template', 'x'.repeat(101)],
      ['address', 'country', 'XX'],
      ['address', 'postalCode', '12345'],
      ['address', 'houseNumber', 'A1'],
      ['address', 'phone', 'call me'],
    ];
    for (const [section, key, value] of cases) {
      const expected = createProblems(section, key, value);
      expect(expected, `${section}.${key} = ${JSON.stringify(value)}`).not.toEqual([]);
      const raw = section === 'address' ? { address: { ...ADDRESS, [key]: value } } : { [section]: { [key]: value } };
      expect(
        problems(() => parseKlantUpdate(raw)),
        `${section}.${key}`,
      ).toEqual(expected);
    }
  });

  it('needs a complete address when one is given', () => {
    expect(problems(() => parseKlantUpdate({ address: { city: 'Utrecht' } }))).toEqual([
      ['address.street', 'required'],
      ['address.houseNumber', 'required'],
      ['address.postalCode', 'required'],
    ]);
  });
});

describe('single address keys', () => {
  it('are judged on their own before the stored address is known', () => {
    expect(addressKeyProblems({ phone: 'call me', houseNumber: 'A', city: 'Den Haag', attention: null })).toEqual([
      { field: 'address.houseNumber', code: 'invalid_house_number', message: expect.any(String) },
      { field: 'address.phone', code: 'invalid_phone', message: expect.any(String) },
    ]);
    // A postal code is judged with its country, which may be the stored one.
    expect(addressKeyProblems({ postalCode: '1000' })).toEqual([]);
    expect(addressKeyProblems({ postalCode: '1000', country: 'NL' }).map((p) => p.code)).toEqual([
      'invalid_postal_code',
    ]);
  });

  it('are merged into the stored address, which is then judged whole', () => {
    expect(mergeAddress(ADDRESS, { city: 'Den Haag', postalCode: '2595aa', houseNumberAddition: null })).toEqual({
      ...ADDRESS,
      city: 'Den Haag',
      postalCode: '2595 AA',
      houseNumberAddition: null,
    });
    expect(mergeAddress({ ...ADDRESS, country: 'BE', postalCode: '1000' }, { city: 'Brussel' })).toMatchObject({
      postalCode: '1000',
      city: 'Brussel',
    });
    expect(problems(() => mergeAddress({ ...ADDRESS, country: 'BE', postalCode: '1000' }, { country: 'nl' }))).toEqual([
      ['address.postalCode', 'invalid_postal_code'],
    ]);
    // Without a stored address, the keys must make a complete one.
    expect(problems(() => mergeAddress(null, { city: 'Utrecht', street: 'Laan' }))).toEqual([
      ['address.houseNumber', 'required'],
      ['address.postalCode', 'required'],
    ]);
    expect(mergeAddress(null, { attention: null })).toBeNull();
  });
});
