/**
 * The field flags of `klant create` and the place in the JSON form each one fills, so flags, prompts and
 * `--json` all produce the same raw object for the one schema.
 */
export const FORM_FLAGS = [
  { flag: '--acro', option: 'acro', path: ['company', 'acro'], arg: '<acro>' },
  { flag: '--name', option: 'name', path: ['company', 'name'], arg: '<name>' },
  { flag: '--reference-code', option: 'referenceCode', path: ['company', 'referenceCode'], arg: '<code>' },
  { flag: '--email-logo', option: 'emailLogo', path: ['company', 'emailLogo'], arg: '<file>' },
  { flag: '--size-instructions', option: 'sizeInstructions', path: ['company', 'sizeInstructions'], arg: '<file>' },
  { flag: '--admin-username', option: 'adminUsername', path: ['admin', 'username'], arg: '<username>' },
  { flag: '--admin-email', option: 'adminEmail', path: ['admin', 'email'], arg: '<email>' },
  { flag: '--copy-from', option: 'copyFrom', path: ['portal', 'copyFrom'], arg: '<acro>' },
  { flag: '--copy', option: 'copy', path: ['portal', 'copy'], arg: '<category,...|all>' },
  { flag: '--logo', option: 'logo', path: ['portal', 'logo'], arg: '<file>' },
  { flag: '--template', option: 'template', path: ['portal', 'template'], arg: '<name>' },
  { flag: '--street', option: 'street', path: ['address', 'street'], arg: '<street>' },
  { flag: '--house-number', option: 'houseNumber', path: ['address', 'houseNumber'], arg: '<number>' },
  {
    flag: '--house-number-addition',
    option: 'houseNumberAddition',
    path: ['address', 'houseNumberAddition'],
    arg: '<addition>',
  },
  { flag: '--postal-code', option: 'postalCode', path: ['address', 'postalCode'], arg: '<code>' },
  { flag: '--city', option: 'city', path: ['address', 'city'], arg: '<city>' },
  { flag: '--country', option: 'country', path: ['address', 'country'], arg: '<code>' },
  { flag: '--attention', option: 'attention', path: ['address', 'attention'], arg: '<text>' },
  { flag: '--phone', option: 'phone', path: ['address', 'phone'], arg: '<phone>' },
] as const;

export type RawForm = Record<string, Record<string, unknown>>;

/** The flags given, as a raw (partial) form; `--copy a,b` becomes a list, `--copy all` stays "all". */
export function formFromFlags(options: Record<string, unknown>): RawForm {
  const form: RawForm = {};
  for (const { option, path } of FORM_FLAGS) {
    const value = options[option];
    if (value === undefined) continue;
    const [section, key] = path;
    (form[section] ??= {})[key] = option === 'copy' ? copyList(String(value)) : value;
  }
  return form;
}

function copyList(value: string): string | string[] {
  const trimmed = value.trim();
  if (trimmed === 'all') return 'all';
  return trimmed
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

export function flagsGiven(options: Record<string, unknown>): string[] {
  return FORM_FLAGS.filter(({ option }) => options[option] !== undefined).map(({ flag }) => flag);
}

export function flagForField(field: string | null): string | undefined {
  return FORM_FLAGS.find(({ path }) => path.join('.') === field)?.flag;
}
