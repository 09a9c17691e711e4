/**
 * Where the changes of `klant update` come from: `--json`, or the flags of `klant create` that name what can
 * be changed later, with `--clear`. Both make the raw changes that `checkKlantUpdate` checks.
 */
import { EcmError, type Problem } from '../errors.js';
import type { RawKlantUpdate } from '../app/parse-klant-update.js';
import type { AddressKey, AddressKeys } from '../klant/update-schema.js';
import { messages as m } from '../messages/index.js';
import type { CliContext } from './context.js';
import { FORM_FLAGS } from './form-flags.js';
import { readJsonInput } from './klant-input.js';
import { CLEARABLE, CREATE_ONLY_FLAGS, UPDATE_FLAGS } from './update-flags.js';

/** Fields that exist but are never empty, so `--clear` refuses them with their own reason. */
const REQUIRED: Record<string, { path: string; code: string; message: () => string }> = {
  acro: { path: 'company.acro', code: 'acro_immutable', message: () => m.update.acroImmutable },
  name: { path: 'company.name', code: 'required', message: () => m.update.notClearable },
  template: { path: 'portal.template', code: 'required', message: () => m.update.templateRequired },
  ...Object.fromEntries(
    (['street', 'houseNumber', 'postalCode', 'city', 'country'] as const).map((key) => [
      key,
      { path: `address.${key}`, code: 'required', message: () => m.update.addressKeyNotClearable },
    ]),
  ),
};

function clearList(options: Record<string, unknown>): string[] {
  const given = (options.clear as string[] | undefined) ?? [];
  return given.flatMap((list) => list.split(',').map((name) => name.trim())).filter((name) => name !== '');
}

/** The change flags, create-only flags and `--clear` given, as typed. */
export function changeFlagsGiven(options: Record<string, unknown>): string[] {
  const flags = FORM_FLAGS.filter(({ option }) => options[option] !== undefined).map(({ flag }) => flag);
  return options.clear === undefined ? flags : [...flags, '--clear'];
}

export async function changesFromJson(
  cli: CliContext,
  options: Record<string, unknown>,
): Promise<{ raw: RawKlantUpdate; baseDir: string }> {
  const given = changeFlagsGiven(options);
  if (given.length > 0) throw EcmError.one('input', 'json_with_flags', m.input.jsonWithFlags(given));
  const { raw, baseDir } = await readJsonInput(cli, String(options.json));
  return { raw: { document: raw }, baseDir };
}

/** The flags as raw changes: company and portal fields in the document, address keys apart. */
export function changesFromFlags(options: Record<string, unknown>): RawKlantUpdate {
  const refused: Problem[] = CREATE_ONLY_FLAGS.filter(({ option }) => options[option] !== undefined).map(
    ({ option, path }) =>
      option === 'acro'
        ? { field: 'company.acro', code: 'acro_immutable', message: m.update.acroImmutable }
        : {
            field: path.join('.'),
            code: 'unknown_key',
            message: path[0] === 'admin' ? m.update.notChangeable.admin : m.update.notChangeable.copy,
          },
  );
  const document: Record<string, Record<string, unknown> | null> = {};
  const addressKeys: AddressKeys = {};
  const flagOf = new Map<string, string>();
  for (const { option, path, flag } of UPDATE_FLAGS) {
    const value = options[option];
    if (value === undefined) continue;
    const [section, key] = path;
    flagOf.set(path.join('.'), flag);
    if (section === 'address') addressKeys[key as AddressKey] = String(value);
    else (document[section] ??= {})![key] = value;
  }

  for (const name of clearList(options)) {
    const path = clearPath(name);
    if (path === null) {
      const required = REQUIRED[name.split('.').pop()!];
      refused.push(
        required
          ? { field: required.path, code: required.code, message: required.message() }
          : { field: null, code: 'invalid_value', message: m.update.unknownClear(name, Object.keys(CLEARABLE)) },
      );
      continue;
    }
    const [section, key] = path.split('.') as [string, string | undefined];
    const alsoGiven =
      key === undefined ? [...flagOf].filter(([p]) => p.startsWith(`${section}.`)).map(([, f]) => f) : [];
    if (key !== undefined && flagOf.has(path)) alsoGiven.push(flagOf.get(path)!);
    if (alsoGiven.length > 0) {
      refused.push({ field: path, code: 'invalid_value', message: m.update.setAndCleared(alsoGiven.join(', ')) });
    } else if (key === undefined) {
      document.address = null;
    } else if (section === 'address') {
      addressKeys[key as AddressKey] = null;
    } else {
      (document[section] ??= {})![key] = null;
    }
  }
  return { document, addressKeys, refused };
}

/** `--clear` names a field by its key (`referenceCode`) or its path in the form (`company.referenceCode`). */
function clearPath(name: string): string | null {
  const byKey = (CLEARABLE as Record<string, string>)[name];
  if (byKey !== undefined) return byKey;
  return Object.values(CLEARABLE).find((path) => path === name) ?? null;
}
