/**
 * The form as the prompts and flags produce it, before `parseKlantForm`: the shape of the JSON document in
 * the contract, with every field a person did not give left out. Type aliases rather than interfaces: only
 * those fit where the CLI handles the form generically, as `Record<string, Record<string, unknown>>`.
 */
import type { CategoryId } from '../../klant/categories.js';

export type CompanyAnswers = {
  acro?: string;
  name?: string;
  referenceCode?: string;
  emailLogo?: string;
  sizeInstructions?: string;
};

export type AdminAnswers = {
  username?: string;
  email?: string;
};

export type PortalAnswers = {
  copyFrom?: string;
  copy?: 'all' | CategoryId[];
  logo?: string;
  template?: string;
};

export type AddressAnswers = {
  street?: string;
  houseNumber?: string;
  houseNumberAddition?: string;
  postalCode?: string;
  city?: string;
  country?: string;
  attention?: string;
  phone?: string;
};

export type RawKlantForm = {
  company?: CompanyAnswers;
  admin?: AdminAnswers;
  portal?: PortalAnswers;
  address?: AddressAnswers;
};

export type FormSection = keyof RawKlantForm;
