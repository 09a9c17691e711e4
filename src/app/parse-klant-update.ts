/**
 * Turns the raw changes of `klant update` (a JSON document, or the one the flags and the prompts make) into
 * checked changes: the values by the create's rules, the files read, checked and (the portal logo) scaled as
 * they will be stored, and the template found. Every input problem comes out at once, as in the create.
 */
import { resolve } from 'node:path';
import { inspectUploads } from '../assets/inspect-uploads.js';
import { allInputChecks, EcmError, type Problem } from '../errors.js';
import { addressKeyProblems, parseKlantUpdate, type AddressKeys, type KlantChanges } from '../klant/update-schema.js';
import { messages as m } from '../messages/index.js';
import type { FileKind, Repositories, StoredFile, Template } from '../db/ports.js';
import { chooseTemplate } from '../provision/choose-template.js';
import type { Warning } from '../provision/context.js';
import { namedThingProblems } from './parse-klant.js';

export interface RawKlantUpdate {
  /** Shaped like the create form: company (no acro), portal.logo, portal.template, address. */
  document: unknown;
  /** Single address keys from flags, merged into the stored address later. */
  addressKeys?: AddressKeys;
  /** Problems found before the document was made (a flag `klant update` refuses). */
  refused?: readonly Problem[];
}

export interface CheckedUpdate {
  changes: KlantChanges;
  addressKeys: AddressKeys;
  /** The files given, as they are to be stored; null where one is cleared. */
  files: Partial<Record<FileKind, StoredFile | null>>;
  template: Template | null;
  warnings: Warning[];
}

export const FILE_FIELDS = {
  emailLogo: 'company.emailLogo',
  sizeInstructions: 'company.sizeInstructions',
  logo: 'portal.logo',
} as const satisfies Record<FileKind, string>;

export async function checkKlantUpdate(db: Repositories, raw: RawKlantUpdate, baseDir: string): Promise<CheckedUpdate> {
  const addressKeys = raw.addressKeys ?? {};
  const problems: Problem[] = [...(raw.refused ?? []), ...addressKeyProblems(addressKeys)];
  let changes: KlantChanges;
  try {
    changes = parseKlantUpdate(raw.document);
  } catch (error) {
    if (!(error instanceof EcmError) || error.kind !== 'input') throw error;
    problems.push(...error.problems);
    // The files and the template the document names are still checked, so they come out in this round too.
    throw new EcmError('input', [
      ...problems,
      ...(await namedThingProblems(db, raw.document, baseDir, error.problems)),
    ]);
  }

  const path = (value: string | null | undefined) => (value ? resolve(baseDir, value) : null);
  const [uploads, template] = await allInputChecks([
    inspectUploads({
      emailLogo: path(changes.emailLogo),
      sizeInstructions: path(changes.sizeInstructions),
      logo: path(changes.logo),
    }),
    changes.template === undefined ? Promise.resolve(null) : chooseTemplate(db, changes.template),
  ] as const).catch((error: unknown) => {
    if (!(error instanceof EcmError) || error.kind !== 'input') throw error;
    throw new EcmError('input', [...problems, ...error.problems]);
  });
  if (problems.length > 0) throw new EcmError('input', problems);
  if (Object.keys(changes).length === 0 && Object.keys(addressKeys).length === 0) {
    throw EcmError.one('input', 'nothing_to_change', m.update.nothingToChange);
  }

  const files: CheckedUpdate['files'] = {};
  for (const kind of Object.keys(FILE_FIELDS) as FileKind[]) {
    if (changes[kind] === undefined) continue;
    files[kind] = uploads.files.find((file) => file.kind === kind) ?? null;
  }
  return { changes, addressKeys, files, template, warnings: uploads.warnings };
}
