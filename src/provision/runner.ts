/**
 * Runs the recipe: the validate step against the database as it is, then every writing step inside one
 * transaction, so that a failure, an exception or a cancel leaves nothing behind.
 */
import { EcmError, type Problem } from '../errors.js';
import { messages as m } from '../messages/index.js';
import { UniqueViolation, type Database, type Repositories } from '../db/ports.js';
import type { ProvisionContext } from './context.js';
import type { Step, StepOutcome, StepReporter } from './step.js';

export interface RunOptions {
  reporter: StepReporter;
  signal?: AbortSignal;
}

export async function runProvisioning(
  steps: readonly Step[],
  ctx: ProvisionContext,
  db: Database,
  options: RunOptions,
): Promise<StepOutcome[]> {
  const [validate, ...writers] = steps;
  if (!validate) return [];
  const outcomes = [await runStep(validate, ctx, db.read, options)];
  await db.transaction(async (tx) => {
    for (const step of writers) outcomes.push(await runStep(step, ctx, tx, options));
  });
  return outcomes;
}

/** Runs the validate step only and names what the other steps would do. */
export async function planProvisioning(
  steps: readonly Step[],
  ctx: ProvisionContext,
  db: Database,
  options: RunOptions,
) {
  const [validate, ...writers] = steps;
  const outcomes: { id: Step['id']; status: 'done' | 'planned' | 'skipped'; reason?: string }[] = [];
  if (validate) outcomes.push(await runStep(validate, ctx, db.read, options));
  for (const step of writers) {
    const reason = step.skip?.(ctx) ?? null;
    outcomes.push(reason === null ? { id: step.id, status: 'planned' } : { id: step.id, status: 'skipped', reason });
  }
  return outcomes;
}

async function runStep(
  step: Step,
  ctx: ProvisionContext,
  db: Repositories,
  { reporter, signal }: RunOptions,
): Promise<StepOutcome> {
  // better-sqlite3 is synchronous: yielding here lets a pending Ctrl-C arrive between steps.
  await new Promise((resolve) => setImmediate(resolve));
  if (signal?.aborted) throw EcmError.one('cancelled', 'cancelled', m.cancelled);
  const reason = step.skip?.(ctx) ?? null;
  if (reason !== null) {
    reporter.skipped(step.id, reason);
    return { id: step.id, status: 'skipped', reason, durationMs: 0 };
  }
  reporter.started(step.id);
  const started = performance.now();
  try {
    await step.run(ctx, db);
  } catch (error) {
    reporter.failed(step.id, error);
    throw asStepError(step, error);
  }
  const durationMs = Math.round(performance.now() - started);
  reporter.done(step.id, durationMs);
  return { id: step.id, status: 'done', durationMs };
}

const CONFLICT_OF: Record<UniqueViolation['constraint'], Pick<Problem, 'field' | 'code'>> = {
  acro: { field: 'company.acro', code: 'acro_taken' },
  reference_code: { field: 'company.referenceCode', code: 'reference_code_taken' },
  username: { field: 'admin.username', code: 'username_taken' },
  supplier_admin: { field: 'admin.username', code: 'username_taken' },
  other: { field: null, code: 'conflict' },
};

/** A unique index that refuses a row means a simultaneous create got there first: a conflict, not a crash. */
function asStepError(step: Step, error: unknown): unknown {
  if (error instanceof EcmError) return error;
  if (error instanceof UniqueViolation) {
    const problem = { ...CONFLICT_OF[error.constraint], message: m.conflictWhileWriting(step.id) };
    return new EcmError('conflict', [problem], { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  const problem = { field: null, code: 'provision_failed', message: m.provisionFailed(step.id, detail) };
  return new EcmError('provision', [problem], { cause: error });
}
