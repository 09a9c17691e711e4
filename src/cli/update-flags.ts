/**
 * The flags of `klant update`, apart from the code that reads them, so that declaring the command (and
 * `ecm --help`) loads no more than the list.
 */
import { FORM_FLAGS } from './form-flags.js';

/** What the acro and the create-only flags are: refused with a reason of their own, not as unknown flags. */
const CREATE_ONLY = ['acro', 'adminUsername', 'adminEmail', 'copyFrom', 'copy'] as const;

type FormFlag = (typeof FORM_FLAGS)[number];
const isCreateOnly = (flag: FormFlag) => (CREATE_ONLY as readonly string[]).includes(flag.option);

/** The field flags of `klant update`: those of `klant create` for what can be changed later. */
export const UPDATE_FLAGS = FORM_FLAGS.filter((flag) => !isCreateOnly(flag));
/** Accepted on the command line only to be refused by name. */
export const CREATE_ONLY_FLAGS = FORM_FLAGS.filter(isCreateOnly);

/** What `--clear` takes, and where each lives in the form. */
export const CLEARABLE = {
  referenceCode: 'company.referenceCode',
  emailLogo: 'company.emailLogo',
  sizeInstructions: 'company.sizeInstructions',
  logo: 'portal.logo',
  address: 'address',
  houseNumberAddition: 'address.houseNumberAddition',
  attention: 'address.attention',
  phone: 'address.phone',
} as const;

/** Every occurrence of `--clear`, each a comma-separated list. */
export const collectClear = (value: string, previous: string[] = []): string[] => [...previous, value];
