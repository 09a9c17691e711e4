/**
 * Turns the raw form (from flags, prompts or `--json`) into a checked form with its file paths resolved.
 * The contract reports every input problem at once: when the form itself is invalid, the files and the
 * template it names are checked too, so a bad e-mail address and a missing logo come out together instead
 * of in two rounds.
 */
import { resolve } from 'node:path';
import { inspectUploads } from '../assets/inspect-uploads.js';
import { EcmError, type Problem } from '../errors.js';
import { withFilePathsResolved } from '../klant/file-paths.js';
import { parseKlantForm, type KlantForm } from '../klant/schema.js';
import type { Repositories } from '../db/ports.js';
import { chooseTemplate } from '../provision/choose-template.js';

export async function parseKlantInput(db: Repositories, raw: unknown, baseDir: string): Promise<KlantForm> {
  let problems: readonly Problem[];
  try {
    return withFilePathsResolved(parseKlantForm(raw), baseDir);
  } catch (error) {
    if (!(error instanceof EcmError) || error.kind !== 'input') throw error;
    problems = error.problems;
  }
  throw new EcmError('input', [...problems, ...(await namedThingProblems(db, raw, baseDir, problems))]);
}

/**
 * The problems of the files and the template a raw form names, leaving out the fields whose value the schema
 * refused already (say, a wrong extension), so each is reported once.
 */
export async function namedThingProblems(
  db: Repositories,
  raw: unknown,
  baseDir: string,
  refused: readonly Problem[],
): Promise<Problem[]> {
  const flagged = new Set(refused.map((p) => p.field));
  const given = (field: string): string | null => {
    const value = textAt(raw, field);
    return value === null || flagged.has(field) ? null : value;
  };
  const file = (field: string) => {
    const path = given(field);
    return path === null ? null : resolve(baseDir, path);
  };
  const problems: Problem[] = [];
  const collect = (error: unknown) => {
    if (!(error instanceof EcmError) || error.kind !== 'input') throw error;
    problems.push(...error.problems);
  };
  await inspectUploads({
    emailLogo: file('company.emailLogo'),
    sizeInstructions: file('company.sizeInstructions'),
    logo: file('portal.logo'),
  }).catch(collect);
  const template = given('portal.template');
  if (template !== null) await chooseTemplate(db, template).catch(collect);
  return problems;
}

/** The non-empty text at a `section.key` path of the raw form, or null. */
function textAt(raw: unknown, path: string): string | null {
  const [section, key] = path.split('.') as [string, string];
  const holder = isRecord(raw) ? raw[section] : undefined;
  const value = isRecord(holder) ? holder[key] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
