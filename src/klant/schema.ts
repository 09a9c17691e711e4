/**
 * The one schema of the "Klant aanmaken" form. Prompts, flags and `--json` all produce the same raw object
 * and go through `parseKlantForm`; the JSON input contract is this schema.
 */
import * as z from 'zod';
import { EcmError, fieldPath, type Problem } from '../errors.js';
import { messages as m } from '../messages/index.js';
import { acroProblem } from './acro.js';
import { absentToUndefined, fail, optionalText, requiredText } from './fields.js';
import { DEFAULT_COUNTRY, isCountryCode, normaliseDutchPostalCode } from './address.js';
import { CATEGORY_IDS, CATEGORY_REQUIRES, isCategoryId, type CategoryId } from './categories.js';
import { normaliseUsername, usernameProblem } from './username.js';

const filePath = (extensions: readonly string[]) =>
  optionalText(4096).superRefine((value, ctx) => {
    if (value !== null && !extensions.some((ext) => value.toLowerCase().endsWith(ext))) {
      fail(ctx, 'file_extension', m.file.wrongExtension(extensions));
    }
  });

const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg'] as const;
const PDF_EXTENSIONS = ['.pdf'] as const;

// The acro's own rule limits its length, with a message of its own.
const acroField = requiredText().superRefine((acro, ctx) => {
  const problem = acroProblem(acro);
  if (problem) fail(ctx, problem, m.acro[problem]);
});

export const emailField = requiredText(254).superRefine((email, ctx) => {
  if (!z.email().safeParse(email).success) fail(ctx, 'invalid_email', m.field.invalidEmail);
});

export const sectionError = {
  error: (iss: { input?: unknown }) => (iss.input === undefined ? m.field.required : m.field.notAnObject),
};

/** The company section's fields, one by one: `klant update` builds its own sections from these. */
export const companyFields = {
  acro: acroField,
  name: requiredText(200),
  referenceCode: optionalText(50),
  emailLogo: filePath(IMAGE_EXTENSIONS),
  sizeInstructions: filePath(PDF_EXTENSIONS),
};

const companySchema = z.strictObject(companyFields, sectionError);

// The limit is on the username as stored: what normalising leaves of the text typed.
export const usernameField = requiredText()
  .transform((raw) => normaliseUsername(raw))
  .superRefine((username, ctx) => {
    const problem = usernameProblem(username);
    if (problem) fail(ctx, problem, problem === 'too_long' ? m.field.tooLong(64) : m.username.empty);
  });

const adminSchema = z
  .strictObject(
    {
      username: z.preprocess(absentToUndefined, usernameField.optional()),
      email: z.preprocess(absentToUndefined, emailField.optional()),
    },
    sectionError,
  )
  .superRefine((admin, ctx) => {
    if (admin.username !== undefined && admin.email === undefined)
      fail(ctx, 'required', m.admin.emailRequired, ['email']);
    if (admin.email !== undefined && admin.username === undefined)
      fail(ctx, 'required', m.admin.usernameRequired, ['username']);
  })
  .transform((admin) => (admin.username && admin.email ? { username: admin.username, email: admin.email } : null));

const copySchema = z
  .union([z.literal('all'), z.array(z.unknown())], { error: () => m.copy.notAList })
  .superRefine((copy, ctx) => {
    if (copy === 'all') return;
    if (copy.length === 0) fail(ctx, 'copy_empty', m.copy.empty);
    copy.forEach((id, i) => {
      // Only text is quoted back: anything else (an object whose toString throws, a list nested thousands
      // deep) is named by its kind, never turned into a string.
      if (isCategoryId(id)) return;
      const given =
        typeof id === 'string'
          ? `"${id}"`
          : m.copy.notText(Array.isArray(id) ? 'list' : id === null ? 'null' : typeof id);
      fail(ctx, 'unknown_category', m.copy.unknownCategory(given, CATEGORY_IDS), [i]);
    });
  });

/** The portal section's fields, one by one (see companyFields). */
export const portalFields = {
  copyFrom: optionalText(200),
  copy: z.preprocess((v) => (v === null ? undefined : v), copySchema.optional()),
  logo: filePath(IMAGE_EXTENSIONS),
  template: optionalText(100),
};

const portalSchema = z
  .strictObject(portalFields, sectionError)
  .superRefine((portal, ctx) => {
    if (portal.copyFrom !== null && portal.copy === undefined)
      fail(ctx, 'required', m.copy.categoriesRequired, ['copy']);
    if (portal.copyFrom === null && portal.copy !== undefined)
      fail(ctx, 'required', m.copy.sourceRequired, ['copyFrom']);
    const chosen = selectedCategories(portal.copy);
    for (const [category, needs] of Object.entries(CATEGORY_REQUIRES)) {
      if (chosen.includes(category as CategoryId) && !chosen.includes(needs)) {
        fail(ctx, 'copy_requires_category', m.copy.requires(category, needs), ['copy']);
      }
    }
  })
  .transform((portal) => ({
    copyFrom: portal.copyFrom,
    copy: portal.copyFrom === null ? [] : selectedCategories(portal.copy),
    logo: portal.logo,
    template: portal.template,
  }));

/** `"all"` or a list, in the canonical order and without repeats. */
function selectedCategories(copy: 'all' | unknown[] | undefined): CategoryId[] {
  if (copy === undefined) return [];
  if (copy === 'all') return [...CATEGORY_IDS];
  return CATEGORY_IDS.filter((id) => copy.includes(id));
}

/** The address: every key, the rules between them, and the stored form (null when nothing is given). */
export const addressSchema = z
  .strictObject(
    {
      street: optionalText(100),
      houseNumber: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), optionalText(10)),
      houseNumberAddition: optionalText(10),
      postalCode: optionalText(16),
      city: optionalText(80),
      country: optionalText(2).transform((c) => c?.toUpperCase() ?? null),
      attention: optionalText(100),
      phone: optionalText(30),
    },
    sectionError,
  )
  .superRefine((address, ctx) => {
    if (Object.values(address).every((v) => v === null)) return;
    for (const key of ['street', 'houseNumber', 'postalCode', 'city'] as const) {
      if (address[key] === null) fail(ctx, 'required', m.address.required, [key]);
    }
    const country = address.country ?? DEFAULT_COUNTRY;
    if (!isCountryCode(country)) fail(ctx, 'invalid_country', m.address.invalidCountry, ['country']);
    if (country === 'NL' && address.postalCode !== null && normaliseDutchPostalCode(address.postalCode) === null) {
      fail(ctx, 'invalid_postal_code', m.address.invalidPostalCode, ['postalCode']);
    }
    if (address.houseNumber !== null && !/^[0-9]/.test(address.houseNumber)) {
      fail(ctx, 'invalid_house_number', m.address.invalidHouseNumber, ['houseNumber']);
    }
    if (address.phone !== null && !/^\+?[0-9][0-9 ()-]{5,}$/.test(address.phone)) {
      fail(ctx, 'invalid_phone', m.address.invalidPhone, ['phone']);
    }
  })
  .transform((address) => {
    if (Object.values(address).every((v) => v === null)) return null;
    const country = address.country ?? DEFAULT_COUNTRY;
    return {
      street: address.street!,
      houseNumber: address.houseNumber!,
      houseNumberAddition: address.houseNumberAddition,
      postalCode: country === 'NL' ? normaliseDutchPostalCode(address.postalCode!)! : address.postalCode!,
      city: address.city!,
      country,
      attention: address.attention,
      phone: address.phone,
    };
  });

export const optionalSection = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === null ? undefined : v), schema.optional()).transform((v) => v ?? null);

export const klantFormSchema = z.strictObject(
  {
    company: companySchema,
    admin: optionalSection(adminSchema),
    portal: optionalSection(portalSchema),
    address: optionalSection(addressSchema),
  },
  sectionError,
);

export type KlantForm = z.output<typeof klantFormSchema>;
export type KlantAddress = NonNullable<KlantForm['address']>;
export type KlantFormInput = z.input<typeof klantFormSchema>;

/** The portal section with its defaults filled in, so later code need not tell "absent" from "empty". */
export function portalOf(form: KlantForm): NonNullable<KlantForm['portal']> {
  return form.portal ?? { copyFrom: null, copy: [], logo: null, template: null };
}

/** Parses the raw form; throws one input error listing every problem. */
export function parseKlantForm(raw: unknown): KlantForm {
  const result = klantFormSchema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  throw new EcmError('input', zodProblems(result.error));
}

/** Turns zod issues into contract problems: a JSON path, a stable code and a message for people. */
export function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: fieldPath([...issue.path, key]),
        code: 'unknown_key',
        message: m.field.unknownKey(key),
      }));
    }
    return [{ field: fieldPath(issue.path), code: issueCode(issue), message: issue.message }];
  });
}

function issueCode(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'custom':
      return String((issue.params as { code?: string } | undefined)?.code ?? 'invalid_value');
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalid_type';
    case 'too_big':
      return 'too_long';
    default:
      return 'invalid_value';
  }
}
