/**
 * `--save-input <file.json>` of `klant create`: the answers, however they were given, written as the form
 * that `--json` replays. `--json` takes relative file paths from the JSON file's folder, so the paths are
 * written relative to the saved file's: it replays from any working directory.
 */
import { dirname, relative, resolve } from 'node:path';
import { absentToUndefined } from '../klant/fields.js';
import type { KlantForm } from '../klant/schema.js';
import { messages as m } from '../messages/index.js';
import { checkOutputFile, writeOutputFile, type RefusalTexts } from './output-file.js';

const FIELD = 'saveInput';
const SECTIONS = ['company', 'admin', 'portal', 'address'] as const;

type SavedForm = Partial<Record<(typeof SECTIONS)[number], Record<string, unknown>>>;

export function saveInputPath(options: Record<string, unknown>): string | null {
  return typeof options.saveInput === 'string' ? options.saveInput : null;
}

const texts = (): RefusalTexts => ({ exists: m.savedInput.exists, unwritable: m.savedInput.unwritable });

/** Checked with the rest of the input, so an existing file is refused before the first question. */
export function checkSaveInput(path: string | null, options: Record<string, unknown>): Promise<void> {
  return path === null ? Promise.resolve() : checkOutputFile(path, options.force === true, FIELD, texts());
}

/**
 * The raw form with only the fields given (empty text, `null` and `{}` mean "not given"), in the contract's
 * order of sections; its file paths are the checked form's, which are absolute, made relative to `folder`.
 */
function formToSave(raw: unknown, form: KlantForm, folder: string): SavedForm {
  const saved: SavedForm = {};
  for (const section of SECTIONS) {
    // The raw form passed the schema, so each section is an object or not given.
    const given = (raw as Record<string, Record<string, unknown> | null | undefined>)[section];
    const kept = Object.entries(given ?? {}).filter(([, value]) => absentToUndefined(value) !== undefined);
    if (kept.length > 0) saved[section] = Object.fromEntries(kept);
  }
  const files = [
    ['company', 'emailLogo', form.company.emailLogo],
    ['company', 'sizeInstructions', form.company.sizeInstructions],
    ['portal', 'logo', form.portal?.logo ?? null],
  ] as const;
  for (const [section, key, path] of files) if (path !== null) saved[section]![key] = relative(folder, path);
  return saved;
}

/** Writes the form as pretty JSON; returns the file's absolute path. */
export function saveInput(
  path: string,
  raw: unknown,
  form: KlantForm,
  options: Record<string, unknown>,
): Promise<string> {
  const saved = formToSave(raw, form, dirname(resolve(path)));
  return writeOutputFile(path, Buffer.from(`${JSON.stringify(saved, null, 2)}\n`), {
    force: options.force === true,
    mode: 0o644,
    field: FIELD,
    texts: texts(),
  });
}
