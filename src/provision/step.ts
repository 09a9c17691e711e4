/** A provisioning step is data: an id, an optional reason to skip, and the work. Steps never print or prompt. */
import type { Repositories } from '../db/ports.js';
import type { ProvisionContext } from './context.js';

export const STEP_IDS = [
  'validate',
  'environment',
  'files',
  'department',
  'defaults',
  'copy',
  'template',
  'leverancieradmins',
  'klantadmin',
  'activate',
] as const;

export type StepId = (typeof STEP_IDS)[number];

export interface Step {
  id: StepId;
  /** Why this step has nothing to do for this input, or null when it runs. */
  skip?(ctx: ProvisionContext): string | null;
  run(ctx: ProvisionContext, db: Repositories): Promise<void>;
}

export interface StepReporter {
  started(id: StepId): void;
  done(id: StepId, durationMs: number): void;
  skipped(id: StepId, reason: string): void;
  failed(id: StepId, error: unknown): void;
}

export type StepOutcome =
  { id: StepId; status: 'done'; durationMs: number } | { id: StepId; status: 'skipped'; reason: string; durationMs: 0 };
