/**
 * What must hold for every `klant create --json -` input, however odd: the contract's exit codes, exactly one
 * JSON document in its envelope, no stack trace, nothing written after a refusal, and the same answer from
 * SQLite and PostgreSQL. Each check returns the violations it finds as sentences, so that the vitest file
 * and `npm run fuzz` (which runs outside vitest) share them.
 */
import type { Dialect } from '../support/database.js';

export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** One case on one engine, with whether the database still equals the untouched copy afterwards. */
export interface EngineOutcome {
  dialect: Dialect;
  outcome: Outcome;
  dryRun: boolean;
  /** null when not compared: after a real create the database is meant to change. */
  unchanged: boolean | null;
}

/** A line of a JavaScript stack trace, as `Error.stack` prints it (the same as test/e2e/run-ecm.ts). */
const STACK_LINE = /^ {4}at /m;
const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const ALLOWED_EXITS = [0, 2, 3, 4];
const CREATED_KEYS = ['copied', 'klant', 'klantadmin', 'leverancieradmins', 'ok', 'steps', 'warnings'];
const PLANNED_KEYS = ['copy', 'dryRun', 'ok', 'steps', 'warnings'];
/** The codes that belong to exits 3 and 4; every other code is bad input (exit 2). */
const CODES_OF_EXIT: Record<number, readonly string[]> = {
  3: ['acro_taken', 'reference_code_taken', 'username_taken', 'conflict', 'environment_retired'],
  4: ['environment_not_found'],
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const keysOf = (v: Record<string, unknown>) => Object.keys(v).sort().join(',');

export function violationsOf({ dialect, outcome, dryRun, unchanged }: EngineOutcome): string[] {
  const found: string[] = [];
  const say = (what: string) => found.push(`${dialect}: ${what}`);
  const { code, stdout, stderr } = outcome;
  if (code === null || !ALLOWED_EXITS.includes(code)) say(`exit code ${code}, not one of ${ALLOWED_EXITS}`);
  if (STACK_LINE.test(stdout)) say('a stack trace on stdout');
  if (STACK_LINE.test(stderr)) say(`a stack trace on stderr: ${stderr.slice(0, 2000)}`);
  if (code !== 0 && unchanged === false) say(`exit ${code}, yet the database changed`);
  if (code === 0 && dryRun && unchanged === false) say('a dry run changed the database');

  let doc: unknown;
  try {
    doc = JSON.parse(stdout);
  } catch {
    say(`stdout is not exactly one JSON document: ${JSON.stringify(stdout.slice(0, 500))}`);
    return found;
  }
  if (!isRecord(doc)) {
    say(`stdout is JSON but no object: ${stdout.slice(0, 200)}`);
    return found;
  }
  if (code === 0) {
    const expected = (dryRun ? PLANNED_KEYS : CREATED_KEYS).join(',');
    if (doc.ok !== true) say('exit 0 without "ok": true');
    if (keysOf(doc) !== expected) say(`success document has keys ${keysOf(doc)}, not ${expected}`);
    return found;
  }
  if (keysOf(doc) !== 'errors,ok' || doc.ok !== false)
    say(`failure document is not {ok:false, errors}: ${keysOf(doc)}`);
  if (!Array.isArray(doc.errors) || doc.errors.length === 0) {
    say('failure document without errors');
    return found;
  }
  for (const error of doc.errors as unknown[]) {
    if (!isRecord(error) || keysOf(error) !== 'code,field,message') {
      say(`an error is not exactly {field, code, message}: ${JSON.stringify(error)}`);
      continue;
    }
    if (error.field !== null && typeof error.field !== 'string') say(`field ${JSON.stringify(error.field)}`);
    if (typeof error.code !== 'string' || !SNAKE_CASE.test(error.code)) say(`code ${JSON.stringify(error.code)}`);
    if (typeof error.message !== 'string' || error.message === '') say(`empty message for ${String(error.code)}`);
    const ofExit = code === null ? undefined : CODES_OF_EXIT[code];
    const belongs = ofExit
      ? ofExit.includes(String(error.code))
      : !Object.values(CODES_OF_EXIT).flat().includes(String(error.code));
    if (!belongs) say(`code ${String(error.code)} with exit ${code}`);
  }
  return found;
}

/** `field code` of every error, sorted: what two engines must agree on besides the exit code. */
export function problemSet(outcome: Outcome): string[] {
  try {
    const doc = JSON.parse(outcome.stdout) as { errors?: { field: unknown; code: unknown }[] };
    return [...new Set((doc.errors ?? []).map((e) => `${String(e.field)} ${String(e.code)}`))].sort();
  } catch {
    return [];
  }
}

export function disagreements(a: EngineOutcome, b: EngineOutcome): string[] {
  const found: string[] = [];
  if (a.outcome.code !== b.outcome.code)
    found.push(`exit ${a.outcome.code} on ${a.dialect} but ${b.outcome.code} on ${b.dialect}`);
  const [pa, pb] = [problemSet(a.outcome), problemSet(b.outcome)];
  if (pa.join('|') !== pb.join('|'))
    found.push(`errors on ${a.dialect}: [${pa.join('; ')}], on ${b.dialect}: [${pb.join('; ')}]`);
  return found;
}
