/**
 * What `ecm klant update` takes: the create form restricted to what the manual says can be changed later,
 * built from the create schema's own fields, so every new value passes exactly the rules of the create. A key
 * that is present sets its value; `null` (or, as in the create, an empty text) clears an optional one; the
 * address is replaced whole. Flags change single address keys instead, merged into the stored address.
 */
import * as z from 'zod';
import { EcmError, type Problem } from '../errors.js';
import { messages as m } from '../messages/index.js';
import { fail } from './fields.js';
import {
  addressSchema,
  companyFields,
  optionalSection,
  portalFields,
  sectionError,
  zodProblems,
  type KlantAddress,
} from './schema.js';

export const ADDRESS_KEYS = [
  'street',
  'houseNumber',
  'houseNumberAddition',
  'postalCode',
  'city',
  'country',
  'attention',
  'phone',
] as const satisfies readonly (keyof KlantAddress)[];
export type AddressKey = (typeof ADDRESS_KEYS)[number];

/** Single address keys to set (text) or clear (null), kept apart from the rest of the stored address. */
export type AddressKeys = Partial<Record<AddressKey, string | null>>;

/** Present at all, whatever its value, it is refused: the acro never changes. */
const acroImmutable = z
  .unknown()
  .superRefine((_, ctx) => fail(ctx, 'acro_immutable', m.update.acroImmutable))
  .optional();

const companyUpdate = z.strictObject(
  {
    acro: acroImmutable,
    name: companyFields.name.optional(),
    referenceCode: companyFields.referenceCode.optional(),
    emailLogo: companyFields.emailLogo.optional(),
    sizeInstructions: companyFields.sizeInstructions.optional(),
  },
  sectionError,
);

// No copyFrom or copy: settings are copied only by the create, so they are unknown keys here.
const portalUpdate = z
  .strictObject({ logo: portalFields.logo.optional(), template: portalFields.template.optional() }, sectionError)
  .superRefine((portal, ctx) => {
    // In the create an empty template means the default one; an environment always has one to keep.
    if (portal.template === null) fail(ctx, 'required', m.update.templateRequired, ['template']);
  });

/** `null` and `{}` both clear the address; any other object replaces it whole, by the create's rules. */
const addressUpdate = z.preprocess((value) => (value === null ? {} : value), addressSchema).optional();

export const klantUpdateSchema = z.strictObject(
  { company: optionalSection(companyUpdate), portal: optionalSection(portalUpdate), address: addressUpdate },
  sectionError,
);

/** The changes asked for: a key that is there is set (null: cleared); file fields hold paths. */
export interface KlantChanges {
  name?: string;
  referenceCode?: string | null;
  emailLogo?: string | null;
  sizeInstructions?: string | null;
  logo?: string | null;
  template?: string;
  address?: KlantAddress | null;
}

/** Parses the update document; throws one input error listing every problem. */
export function parseKlantUpdate(raw: unknown): KlantChanges {
  const result = klantUpdateSchema.safeParse(raw, { reportInput: true });
  if (!result.success) throw new EcmError('input', zodProblems(result.error));
  const { company, portal, address } = result.data;
  const changes: KlantChanges = {};
  if (company) {
    if (company.name !== undefined) changes.name = company.name;
    if (company.referenceCode !== undefined) changes.referenceCode = company.referenceCode;
    if (company.emailLogo !== undefined) changes.emailLogo = company.emailLogo;
    if (company.sizeInstructions !== undefined) changes.sizeInstructions = company.sizeInstructions;
  }
  if (portal) {
    if (portal.logo !== undefined) changes.logo = portal.logo;
    // Never null here: the refinement above refused that.
    if (portal.template !== undefined && portal.template !== null) changes.template = portal.template;
  }
  if (address !== undefined) changes.address = address;
  return changes;
}

/**
 * The problems of single address keys judged on their own, before the stored address is known: each key's
 * own rules (text, length, house number, phone, country). What depends on the rest of the address — the
 * required keys, a postal code without its country — is judged once it is merged (mergeAddress).
 */
export function addressKeyProblems(keys: AddressKeys): Problem[] {
  const given = Object.fromEntries(Object.entries(keys).filter(([, value]) => value !== null));
  const result = klantUpdateSchema.safeParse({ address: given }, { reportInput: true });
  if (result.success) return [];
  return zodProblems(result.error).filter(({ field, code }) => {
    const key = field?.startsWith('address.') ? field.slice('address.'.length) : null;
    if (key === null || !(key in given) || code === 'required') return false;
    return code !== 'invalid_postal_code' || 'country' in given;
  });
}

/** The stored address with the keys set or cleared, checked whole by the create's rules; null for none. */
export function mergeAddress(current: KlantAddress | null, keys: AddressKeys): KlantAddress | null {
  const result = klantUpdateSchema.safeParse({ address: { ...current, ...keys } }, { reportInput: true });
  if (!result.success) throw new EcmError('input', zodProblems(result.error));
  return result.data.address ?? null;
}
