/**
 * `ecm klant create` without the terminal: runs the recipe (or plans it, for --dry-run) and returns the
 * result the contract describes.
 */
import type { Database } from '../db/ports.js';
import type { CategoryId } from '../klant/categories.js';
import { newTemporaryCredential, type TemporaryCredential } from '../klant/password.js';
import { portalOf, type KlantForm } from '../klant/schema.js';
import { newContext, type KlantadminAccount, type ProvisionContext, type Warning } from '../provision/context.js';
import { RECIPE } from '../provision/recipe.js';
import { planProvisioning, runProvisioning } from '../provision/runner.js';
import type { Step, StepOutcome, StepReporter } from '../provision/step.js';
import { klantView, type KlantView } from './klant-view.js';
import { resolveOperator } from './operator.js';
import { requireSupplier } from './setup.js';

export interface CreateKlantOptions {
  as?: string;
  reporter: StepReporter;
  signal?: AbortSignal;
  now?: Date;
  /** The klantadmin's password, already being hashed (the import hashes ahead, on other cores). */
  credential?: Promise<TemporaryCredential>;
  /** Tests swap in steps that fail on purpose; everyone else runs the recipe. */
  steps?: readonly Step[];
}

export interface KlantCreated {
  klant: KlantView;
  klantadmin: (KlantadminAccount & { role: 'klantadmin' }) | null;
  leverancieradmins: string[];
  copied: Partial<Record<CategoryId, number>>;
  steps: StepOutcome[];
  warnings: Warning[];
}

export interface KlantPlan {
  steps: Awaited<ReturnType<typeof planProvisioning>>;
  copy: Partial<Record<CategoryId, number>>;
  warnings: Warning[];
}

async function prepare(db: Database, form: KlantForm, options: CreateKlantOptions): Promise<ProvisionContext> {
  const supplier = await requireSupplier(db.read);
  const operator = await resolveOperator(db.read, options.as);
  return newContext({ form, supplier, operator, now: options.now ?? new Date(), credential: options.credential });
}

export async function createKlant(db: Database, form: KlantForm, options: CreateKlantOptions): Promise<KlantCreated> {
  const ctx = await prepare(db, form, { ...options, credential: options.credential ?? hashingAhead(form) });
  const steps = await runProvisioning(options.steps ?? RECIPE, ctx, db, options);
  const created = await db.read.findEnvironment(form.company.acro);
  if (!created) throw new Error('the created environment cannot be read back');
  return {
    klant: klantView(created),
    klantadmin: ctx.klantadmin && { ...ctx.klantadmin, role: 'klantadmin' },
    leverancieradmins: ctx.leverancieradmins,
    copied: ctx.copied,
    steps,
    warnings: ctx.warnings,
  };
}

/**
 * scrypt takes some 50 ms on one of libuv's threads; started now, it runs while the main thread checks the
 * files, instead of after them in the klantadmin step.
 */
function hashingAhead(form: KlantForm): Promise<TemporaryCredential> | undefined {
  if (form.admin === null) return undefined;
  const credential = newTemporaryCredential();
  // A create refused before its klantadmin step drops the hash; its failure is nobody's.
  credential.catch(() => {});
  return credential;
}

export async function planKlant(db: Database, form: KlantForm, options: CreateKlantOptions): Promise<KlantPlan> {
  const ctx = await prepare(db, form, options);
  const steps = await planProvisioning(options.steps ?? RECIPE, ctx, db, options);
  const copy: Partial<Record<CategoryId, number>> = {};
  const source = ctx.checked?.source;
  if (source) {
    for (const category of portalOf(form).copy) copy[category] = await db.read.countCategoryRows(source.id, category);
  }
  return { steps, copy, warnings: ctx.warnings };
}
