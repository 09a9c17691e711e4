/**
 * Adresgegevens: an empty street means "no address", which saves a yes/no question. Once the street is given
 * the other required fields are refused when empty. The country is asked before the postal code, whose form
 * depends on it.
 */
import { DEFAULT_COUNTRY, normaliseDutchPostalCode } from '../../klant/address.js';
import { messages as m } from '../../messages/index.js';
import type { Prompter } from './prompter.js';
import { askField, schemaRule } from './questions.js';
import type { AddressAnswers } from './raw-form.js';

type OfferedAddress = { [K in keyof AddressAnswers]?: string | null };

export async function askAddress(
  prompter: Prompter,
  prefilled: AddressAnswers = {},
  /**
   * The answers each question offers: the address an existing environment has (`klant update`), or the
   * section's answers when it is asked again at the summary.
   */
  offered: OfferedAddress = {},
  /** How the street question says that an offered address is removed, when not by leaving it empty. */
  streetQuestion?: string,
): Promise<AddressAnswers | undefined> {
  const q = m.prompts.address;
  const address: AddressAnswers = { ...prefilled };
  const rule = (key: keyof AddressAnswers) => schemaRule<string>('address', key, address);
  const now = (key: keyof AddressAnswers) => offered[key] ?? undefined;
  const started = Object.keys(address).length > 0;

  await askField(prompter, address, 'street', {
    message: streetQuestion ?? (started ? q.streetRequired : q.street),
    default: now('street'),
    validate: rule('street'),
  });
  if (Object.keys(address).length === 0) return undefined;

  await askField(prompter, address, 'houseNumber', {
    message: q.houseNumber,
    default: now('houseNumber'),
    validate: rule('houseNumber'),
  });
  await askField(prompter, address, 'houseNumberAddition', {
    message: q.houseNumberAddition,
    default: now('houseNumberAddition'),
    validate: rule('houseNumberAddition'),
  });
  await askField(prompter, address, 'country', {
    message: q.country,
    default: now('country') ?? DEFAULT_COUNTRY,
    validate: rule('country'),
    tidy: (country) => country.toUpperCase(),
  });
  await askField(prompter, address, 'postalCode', {
    message: q.postalCode,
    default: now('postalCode'),
    validate: rule('postalCode'),
    tidy: (code) => (isDutch(address) ? (normaliseDutchPostalCode(code) ?? code) : code),
  });
  await askField(prompter, address, 'city', { message: q.city, default: now('city'), validate: rule('city') });
  await askField(prompter, address, 'attention', {
    message: q.attention,
    default: now('attention'),
    validate: rule('attention'),
  });
  await askField(prompter, address, 'phone', { message: q.phone, default: now('phone'), validate: rule('phone') });
  return address;
}

function isDutch(address: AddressAnswers): boolean {
  return (address.country ?? DEFAULT_COUNTRY).toUpperCase() === DEFAULT_COUNTRY;
}
