/**
 * Where the form comes from: `--json`, the terminal, or flags alone. All three end in the one schema.
 */
import { EcmError, type Problem } from '../errors.js';
import { namedThingProblems, parseKlantInput } from '../app/parse-klant.js';
import { parseKlantForm, type KlantForm } from '../klant/schema.js';
import { messages as m } from '../messages/index.js';
import type { Database } from '../db/ports.js';
import type { CliContext } from './context.js';
import { FORM_FLAGS, flagForField, flagsGiven, formFromFlags, type RawForm } from './form-flags.js';
import { formLookups } from './form-lookups.js';
import { readInputSource } from './input-source.js';

/** The checked form, and the raw one it came from: what `--save-input` writes. */
export interface GivenForm {
  raw: unknown;
  form: KlantForm;
}

export function isInteractive(cli: CliContext, options: Record<string, unknown>): boolean {
  return options.json === undefined && options.input !== false && Boolean(cli.stdin.isTTY) && Boolean(cli.stderr.isTTY);
}

export async function formFromJson(
  cli: CliContext,
  db: Database,
  options: Record<string, unknown>,
): Promise<GivenForm> {
  const given = flagsGiven(options);
  if (given.length > 0) throw EcmError.one('input', 'json_with_flags', m.input.jsonWithFlags(given));
  const { raw, baseDir } = await readJsonInput(cli, String(options.json));
  return { raw, form: await parseKlantInput(db.read, raw, baseDir) };
}

/**
 * The JSON document of `--json <file|->`, and the folder its relative file paths are taken from: the file's
 * own, or the working directory for standard input.
 */
export async function readJsonInput(cli: CliContext, source: string): Promise<{ raw: unknown; baseDir: string }> {
  const { content, label, baseDir } = await readInputSource(cli, source, (name, detail, cause) =>
    EcmError.one('input', 'json_unreadable', m.input.jsonUnreadable(name, detail), null, cause),
  );
  try {
    return { raw: JSON.parse(content), baseDir };
  } catch (error) {
    throw EcmError.one('input', 'json_invalid', m.input.jsonInvalid(label, (error as Error).message), null, error);
  }
}

export async function formFromFlagsOnly(db: Database, options: Record<string, unknown>): Promise<GivenForm> {
  // Without any company flag the section itself would be the one missing field; name its required flags.
  const raw = { company: {}, ...formFromFlags(options) };
  try {
    return { raw, form: await parseKlantInput(db.read, raw, process.cwd()) };
  } catch (error) {
    if (error instanceof EcmError) throw new EcmError(error.kind, error.problems.map(namingTheFlag), { cause: error });
    throw error;
  }
}

/**
 * Without a terminal the fix for a missing field is a flag, so its message says which one. A rule that needs
 * one field with another ("categories need a source") keeps its own message.
 */
function namingTheFlag(problem: Problem): Problem {
  const flag = flagForField(problem.field);
  const missing = problem.code === 'required' && problem.message === m.field.required;
  return missing && flag ? { ...problem, message: m.input.missingRequired(flag) } : problem;
}

export async function formFromPrompts(
  cli: CliContext,
  db: Database,
  options: Record<string, unknown>,
): Promise<GivenForm> {
  const [{ createInquirerPrompter }, { askKlantForm }, { reviewAnswers }] = await Promise.all([
    import('./prompts/inquirer-prompter.js'),
    import('./prompts/klant-form.js'),
    import('./prompts/answer-review.js'),
  ]);
  const prompter = createInquirerPrompter({ output: cli.stderr, input: cli.stdin, color: cli.err.level > 0 });
  const prefilled = formFromFlags(options);
  const lookups = formLookups(db.read);
  const raw: RawForm = await askKlantForm(prompter, lookups, prefilled);
  // The answers of the round that was confirmed are the ones --save-input keeps.
  const check = async (answers: RawForm): Promise<GivenForm> => ({
    raw: answers,
    form: await parseKlantInput(db.read, answers, process.cwd()),
  });
  return options.yes === true ? check(raw) : reviewAnswers(prompter, lookups, raw, check);
}

/**
 * The form does not ask again what the flags gave, so a flag the rules refuse (a reserved --acro, a
 * --postal-code that is not one, a --logo that is missing or damaged) is reported before the first question
 * rather than after the whole form. Only the fields the flags gave count here: the rest is still to be asked.
 */
export async function refuseBadFlags(db: Database, options: Record<string, unknown>): Promise<void> {
  const prefilled = formFromFlags(options);
  const given = FORM_FLAGS.filter(({ path: [section, key] }) => prefilled[section]?.[key] !== undefined).map(
    ({ path }) => path.join('.'),
  );
  let refused: Problem[] = [];
  try {
    parseKlantForm(prefilled);
  } catch (error) {
    if (!(error instanceof EcmError) || error.kind !== 'input') throw error;
    refused = error.problems.filter(({ field }) => given.some((f) => field === f || field?.startsWith(`${f}[`)));
  }
  const problems = [...refused, ...(await namedThingProblems(db.read, prefilled, process.cwd(), refused))];
  if (problems.length > 0) throw new EcmError('input', problems);
}
