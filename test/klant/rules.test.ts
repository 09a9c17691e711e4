import { describe, expect, it } from 'vitest';
import { acroKey, acroProblem, environmentUrl, orderNumberPrefix, RESERVED_ACROS } from '../../src/klant/acro.js';
import { isCountryCode, normaliseDutchPostalCode } from '../../src/klant/address.js';
import { normaliseUsername, usernameProblem } from '../../src/klant/username.js';

describe('acro', () => {
  it.each(['KPN', 'NS', 'a', 'K-P-N', 'x1', '1a', 'A'.repeat(50)])('accepts %s', (acro) => {
    expect(acroProblem(acro)).toBeNull();
  });
  it.each([
    ['A'.repeat(51), 'too_long'],
    ['-KPN', 'acro_invalid_characters'],
    ['KPN-', 'acro_invalid_characters'],
    ['K--PN', 'acro_invalid_characters'],
    ['K PN', 'acro_invalid_characters'],
    ['KPN_1', 'acro_invalid_characters'],
    ['Ëen', 'acro_invalid_characters'],
    ['K.P.N', 'acro_invalid_characters'],
    ['', 'acro_invalid_characters'],
  ])('refuses %s as %s', (acro, code) => {
    expect(acroProblem(acro)).toBe(code);
  });
  it('refuses every reserved word in any case', () => {
    expect(RESERVED_ACROS.size).toBe(28);
    for (const word of RESERVED_ACROS) {
      expect(acroProblem(word)).toBe('acro_reserved');
      expect(acroProblem(word.toUpperCase())).toBe('acro_reserved');
    }
    expect(acroProblem('admins')).toBeNull();
  });
  it('compares ignoring case, builds the URL in lower case and the order prefix in capitals', () => {
    expect(acroKey('KpN')).toBe(acroKey('kpn'));
    expect(environmentUrl({ name: 'acme', domain: 'ecmanage.nl' }, 'KPN-Zakelijk')).toBe(
      'https://acme.ecmanage.nl/kpn-zakelijk',
    );
    expect(orderNumberPrefix('kpn-zakelijk')).toBe('KPNZAKELIJK');
  });
});

describe('username', () => {
  it.each([
    ['Jan', 'jan'],
    ['Zoë', 'zoe'],
    ['François', 'francois'],
    ['Straße', 'strasse'],
    ['Søren', 'soren'],
    ['Ærø', 'aero'],
    ['jan de Vries', 'jandevries'],
    ['kpn.beheer', 'kpn.beheer'],
    ['a_b-c@d', 'a_b-c@d'],
    ['J@n!#$%', 'j@n'],
  ])('normalises %s to %s', (raw, normalised) => {
    expect(normaliseUsername(raw)).toBe(normalised);
  });
  it('refuses an empty result and more than 64 characters', () => {
    expect(usernameProblem(normaliseUsername('!!!'))).toBe('username_empty');
    expect(usernameProblem('a'.repeat(64))).toBeNull();
    expect(usernameProblem('a'.repeat(65))).toBe('too_long');
  });
});

describe('address', () => {
  it.each([
    ['1234ab', '1234 AB'],
    ['1234 AB', '1234 AB'],
    [' 3072  ap ', '3072 AP'],
  ])('normalises the Dutch postal code %s', (input, out) => {
    expect(normaliseDutchPostalCode(input)).toBe(out);
  });
  it.each(['0123 AB', '123 AB', '12345', '1234 A', '1234 ABC', 'AB 1234'])('refuses %s', (input) => {
    expect(normaliseDutchPostalCode(input)).toBeNull();
  });
  it('knows ISO country codes', () => {
    expect(isCountryCode('NL')).toBe(true);
    expect(isCountryCode('BE')).toBe(true);
    expect(isCountryCode('XX')).toBe(false);
    expect(isCountryCode('ZZ')).toBe(false);
    expect(isCountryCode('nl')).toBe(false);
    expect(isCountryCode('NLD')).toBe(false);
  });
});
