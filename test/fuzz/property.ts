/**
 * Runs fuzz cases on both engines and checks the invariants; shared by the vitest file (which spawns the
 * built binary) and `npm run fuzz` (which calls `main` in-process). Only the way a case is run and the way a
 * fresh database is made differ between the two.
 */
import fc from 'fast-check';
import type { Dialect } from '../support/database.js';
import { describeCase, stdinOf, type FuzzCase } from './arbitraries.js';
import { disagreements, violationsOf, type EngineOutcome, type Outcome } from './invariants.js';

export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];
export const ARGS = ['klant', 'create', '--json', '-'] as const;

export type RunEcm = (args: readonly string[], options: { db: string; stdin: string }) => Promise<Outcome>;

export interface DatabaseSource {
  /** A new copy of the initialised database (one environment, NS). */
  fresh(dialect: Dialect): Promise<string>;
  /** Called with a copy a create changed, which no later case may use. */
  discard(dialect: Dialect, db: string): Promise<void>;
  snapshot(db: string): Promise<string>;
}

/**
 * Copies of the initialised database for reuse: a refusal leaves a copy as it was (an invariant this checks),
 * so only a real create costs a new one.
 */
export class Databases {
  private readonly idle = new Map<Dialect, string[]>();
  private readonly pristine = new Map<Dialect, Promise<string>>();

  constructor(private readonly source: DatabaseSource) {}

  async take(dialect: Dialect): Promise<string> {
    return this.idle.get(dialect)?.pop() ?? this.source.fresh(dialect);
  }

  /** The snapshot every untouched copy has. */
  untouched(dialect: Dialect): Promise<string> {
    if (!this.pristine.has(dialect))
      this.pristine.set(
        dialect,
        this.take(dialect).then(async (db) => {
          const shot = await this.source.snapshot(db);
          this.giveBack(dialect, db);
          return shot;
        }),
      );
    return this.pristine.get(dialect)!;
  }

  snapshot(db: string): Promise<string> {
    return this.source.snapshot(db);
  }

  giveBack(dialect: Dialect, db: string): void {
    if (!this.idle.has(dialect)) this.idle.set(dialect, []);
    this.idle.get(dialect)!.push(db);
  }

  async afterRun(dialect: Dialect, db: string, unchanged: boolean | null): Promise<void> {
    if (unchanged === true) this.giveBack(dialect, db);
    else await this.source.discard(dialect, db);
  }
}

async function onEngine(run: RunEcm, databases: Databases, dialect: Dialect, c: FuzzCase): Promise<EngineOutcome> {
  const before = await databases.untouched(dialect);
  const db = await databases.take(dialect);
  const outcome = await run([...ARGS, ...c.flags], { db, stdin: stdinOf(c) });
  const dryRun = c.flags.includes('--dry-run');
  const created = outcome.code === 0 && !dryRun;
  const unchanged = created ? null : (await databases.snapshot(db)) === before;
  await databases.afterRun(dialect, db, unchanged);
  return { dialect, outcome, dryRun, unchanged };
}

export interface CaseResult {
  /** Empty when every invariant held, on both engines and between them. */
  violations: string[];
  /** On SQLite: to tell from the totals that the generators reach every exit. */
  exit: number | null;
}

export async function checkCase(run: RunEcm, databases: Databases, c: FuzzCase): Promise<CaseResult> {
  const outcomes: EngineOutcome[] = [];
  for (const dialect of DIALECTS) outcomes.push(await onEngine(run, databases, dialect, c));
  return {
    violations: [...outcomes.flatMap(violationsOf), ...disagreements(outcomes[0]!, outcomes[1]!)],
    exit: outcomes[0]!.outcome.code,
  };
}

export interface FuzzRun {
  /** Cases actually run, shrinking included. */
  cases: number;
  /** How many cases ended with each exit code. */
  exits: Record<string, number>;
  /** fast-check's report of each failing worker: seed, shrunk counterexample, the violations. */
  failures: string[];
}

/**
 * fast-check runs a property one case at a time; spawning the binary is slow, so `workers` properties run
 * side by side, each with its own seed derived from `seed`, and each shrinks its own counterexample. After
 * the first failure the others stop trying new cases.
 */
export async function fuzz(options: {
  arbitrary: fc.Arbitrary<FuzzCase>;
  check: (c: FuzzCase) => Promise<CaseResult>;
  seed: number;
  runs: number;
  workers: number;
  /** Stops generating and shrinking then, so a slow shrink still ends in a report rather than a timeout. */
  timeLimitMs?: number;
}): Promise<FuzzRun> {
  let cases = 0;
  const exits: Record<string, number> = {};
  let failedWorker: number | null = null;
  const propertyOf = (worker: number) =>
    fc.asyncProperty(options.arbitrary, async (c) => {
      if (failedWorker !== null && failedWorker !== worker) return;
      cases++;
      const { violations, exit } = await options.check(c);
      exits[String(exit)] = (exits[String(exit)] ?? 0) + 1;
      if (violations.length === 0) return;
      failedWorker ??= worker;
      throw new Error(`${violations.join('\n')}\ninput: ${describeCase(c)}`);
    });
  const share = (i: number) =>
    Math.floor(options.runs / options.workers) + (i < options.runs % options.workers ? 1 : 0);
  const details = await Promise.all(
    Array.from({ length: options.workers }, (_, i) =>
      fc.check(propertyOf(i), {
        seed: options.seed + i,
        numRuns: share(i),
        interruptAfterTimeLimit: options.timeLimitMs,
      }),
    ),
  );
  return {
    cases,
    exits,
    failures: details.filter((d) => d.failed).map((d) => fc.defaultReportMessage(d) ?? 'failed'),
  };
}
