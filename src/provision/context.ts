/**
 * What the provisioning steps share: the checked input (read-only) and what the steps have written so far.
 */
import type { CategoryId } from '../klant/categories.js';
import type { KlantForm } from '../klant/schema.js';
import type { TemporaryCredential } from '../klant/password.js';
import type { FileKind, StoredFile, Supplier, SupplierAdmin, Template } from '../db/ports.js';

export interface Warning {
  code: string;
  message: string;
}

export interface KlantadminAccount {
  username: string;
  email: string;
  temporaryPassword: string;
  passwordExpiresAt: string;
}

export interface ProvisionContext {
  readonly form: KlantForm;
  readonly supplier: Supplier;
  readonly operator: string;
  readonly now: Date;
  /** The klantadmin's password, when its hashing was started ahead of the create; else the step makes one. */
  readonly credential: Promise<TemporaryCredential> | null;
  /** Filled by the validate step; the steps that write rely on them. */
  checked: {
    template: Template;
    source: { id: number; acro: string } | null;
    files: StoredFile[];
    supplierAdmins: SupplierAdmin[];
  } | null;
  warnings: Warning[];
  environmentId: number | null;
  fileIds: Partial<Record<FileKind, number>>;
  copied: Partial<Record<CategoryId, number>>;
  klantadmin: KlantadminAccount | null;
  leverancieradmins: string[];
}

export function newContext(input: {
  form: KlantForm;
  supplier: Supplier;
  operator: string;
  now: Date;
  credential?: Promise<TemporaryCredential> | null;
}): ProvisionContext {
  return {
    ...input,
    credential: input.credential ?? null,
    checked: null,
    warnings: [],
    environmentId: null,
    fileIds: {},
    copied: {},
    klantadmin: null,
    leverancieradmins: [],
  };
}

/** The checked facts, for steps that run after the validate step. */
export function checkedOf(ctx: ProvisionContext): NonNullable<ProvisionContext['checked']> {
  if (!ctx.checked) throw new Error('the validate step has not run');
  return ctx.checked;
}

export function environmentIdOf(ctx: ProvisionContext): number {
  if (ctx.environmentId === null) throw new Error('the environment step has not run');
  return ctx.environmentId;
}
