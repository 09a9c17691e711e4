/**
 * `ecm klant update` without the terminal: what would change (the dry run, and what a person confirms), and
 * the change itself, in one transaction with its audit record. Which values really change is decided inside
 * the transaction, against the environment as it is then, so two changes at the same moment both land and
 * each records the old value the other left.
 */
import { EcmError, type Problem } from '../errors.js';
import { ADDRESS_KEYS, mergeAddress } from '../klant/update-schema.js';
import type { KlantAddress } from '../klant/schema.js';
import { messages as m } from '../messages/index.js';
import {
  UniqueViolation,
  type Database,
  type EnvironmentDetails,
  type FileKind,
  type Repositories,
  type StoredFile,
  type StoredFileFacts,
  type Template,
} from '../db/ports.js';
import type { Warning } from '../provision/context.js';
import { findKlant, requireActive } from './environment.js';
import { klantState, klantView, type KlantState, type KlantView } from './klant-view.js';
import { FILE_FIELDS, type CheckedUpdate } from './parse-klant-update.js';

/** A file as the change reports it: its facts, never its contents. */
export type FileValue = Omit<StoredFileFacts, 'kind'>;
export type ChangeValue = string | FileValue | null;

/** One stored value that really changes, by the dot path of its field in the form. */
export interface Change {
  path: string;
  old: ChangeValue;
  new: ChangeValue;
}

export interface KlantUpdated {
  klant: KlantView & KlantState;
  changes: Change[];
  warnings: Warning[];
}

interface Plan {
  changes: Change[];
  writes: {
    name?: string;
    referenceCode?: string | null;
    files: Partial<Record<FileKind, StoredFile | null>>;
    template?: Template;
    address?: KlantAddress | null;
  };
  /** The environment as it will be. */
  next: EnvironmentDetails;
}

export interface UpdateKlantOptions {
  operator: string;
  now?: Date;
}

/** Every check against the database as it is, in the contract's order: not found (4), then conflicts (3). */
async function prepare(db: Repositories, acro: string, checked: CheckedUpdate): Promise<Plan> {
  const environment = await findKlant(db, acro);
  const plan = planChanges(environment, checked);
  await ensureChangeable(db, environment, plan);
  return plan;
}

/** What `checked` would change: the result of a dry run, and what the terminal asks to confirm. */
export async function planKlantUpdate(db: Database, acro: string, checked: CheckedUpdate): Promise<KlantUpdated> {
  const plan = await prepare(db.read, acro, checked);
  return { klant: klantResult(plan.next), changes: plan.changes, warnings: checked.warnings };
}

export async function updateKlant(
  db: Database,
  acro: string,
  checked: CheckedUpdate,
  options: UpdateKlantOptions,
): Promise<KlantUpdated> {
  const { next } = await prepare(db.read, acro, checked);
  const at = (options.now ?? new Date()).toISOString();
  try {
    return await db.transaction(async (tx) => {
      await tx.lockEnvironment(next.id);
      // Read again under the lock: a change that landed since the checks is the old value now.
      const current = await findKlant(tx, next.acro);
      const plan = planChanges(current, checked);
      await ensureChangeable(tx, current, plan);
      await write(tx, current.id, plan);
      if (plan.changes.length > 0) {
        await tx.recordAudit({
          environmentId: current.id,
          action: 'klant.update',
          actor: options.operator,
          at,
          input: auditDetails(plan.changes),
        });
      }
      const after = await findKlant(tx, current.acro);
      return { klant: klantResult(after), changes: plan.changes, warnings: checked.warnings };
    });
  } catch (error) {
    throw asUpdateError(error);
  }
}

function klantResult(environment: EnvironmentDetails): KlantView & KlantState {
  return { ...klantView(environment), ...klantState(environment) };
}

function planChanges(current: EnvironmentDetails, checked: CheckedUpdate): Plan {
  const { changes: asked, addressKeys } = checked;
  const changes: Change[] = [];
  const writes: Plan['writes'] = { files: {} };
  const next: EnvironmentDetails = { ...current, files: [...current.files] };

  if (asked.name !== undefined && asked.name !== current.name) {
    changes.push({ path: 'company.name', old: current.name, new: asked.name });
    writes.name = next.name = asked.name;
  }
  if (asked.referenceCode !== undefined && asked.referenceCode !== current.referenceCode) {
    changes.push({ path: 'company.referenceCode', old: current.referenceCode, new: asked.referenceCode });
    writes.referenceCode = next.referenceCode = asked.referenceCode;
  }
  // Files count as changed when their bytes do: the same logo uploaded again is no change.
  for (const kind of Object.keys(FILE_FIELDS) as FileKind[]) {
    const file = checked.files[kind];
    if (file === undefined) continue;
    const old = current.files.find((f) => f.kind === kind) ?? null;
    if ((old?.sha256 ?? null) === (file?.sha256 ?? null)) continue;
    changes.push({ path: FILE_FIELDS[kind], old: old && fileValue(old), new: file && fileValue(file) });
    writes.files[kind] = file;
    next.files = next.files.filter((f) => f.kind !== kind);
    if (file) next.files.push(fileValue(file) as StoredFileFacts);
  }
  if (checked.template && checked.template.name !== current.template) {
    changes.push({ path: 'portal.template', old: current.template, new: checked.template.name });
    writes.template = checked.template;
    next.template = checked.template.name;
  }

  const address =
    asked.address !== undefined
      ? asked.address
      : Object.keys(addressKeys).length > 0
        ? mergeAddress(current.address, addressKeys)
        : current.address;
  const addressChanges = ADDRESS_KEYS.flatMap((key): Change[] => {
    const [old, now] = [current.address?.[key] ?? null, address?.[key] ?? null];
    return old === now ? [] : [{ path: `address.${key}`, old, new: now }];
  });
  if (addressChanges.length > 0) {
    changes.push(...addressChanges);
    writes.address = next.address = address;
  }
  return { changes, writes, next };
}

function fileValue(file: StoredFileFacts | StoredFile): FileValue & { kind: FileKind } {
  const { kind, format, width, height, pages, bytes, sha256 } = file;
  return { kind, format, width, height, pages, bytes, sha256 };
}

/** What must not be so (exit 3): a retired environment, or a reference code another environment has. */
async function ensureChangeable(db: Repositories, environment: EnvironmentDetails, plan: Plan): Promise<void> {
  const problems: Problem[] = [];
  try {
    requireActive(environment);
  } catch (error) {
    if (!(error instanceof EcmError)) throw error;
    problems.push(...error.problems);
  }
  const code = plan.writes.referenceCode;
  if (code && (await db.referenceCodeInUse(code, environment.id))) {
    problems.push({
      field: 'company.referenceCode',
      code: 'reference_code_taken',
      message: m.referenceCode.taken(code),
    });
  }
  if (problems.length > 0) throw new EcmError('conflict', problems);
}

async function write(tx: Repositories, environmentId: number, { writes }: Plan): Promise<void> {
  if (writes.name !== undefined) await tx.renameEnvironment(environmentId, writes.name);
  if (writes.referenceCode !== undefined) await tx.setReferenceCode(environmentId, writes.referenceCode);
  for (const [kind, file] of Object.entries(writes.files) as [FileKind, StoredFile | null][]) {
    await tx.replaceFile(environmentId, kind, file);
  }
  // The template's theme is written again: the settings are the template's, not only its name.
  if (writes.template) await tx.applyTemplate(environmentId, writes.template.id);
  if (writes.address !== undefined) await tx.setRootAddress(environmentId, writes.address);
}

/** The audit keeps each changed path with its old and new value; a file by its sha256, never its contents. */
export function auditDetails(changes: readonly Change[]): Record<string, { old: unknown; new: unknown }> {
  const value = (v: ChangeValue) => (v !== null && typeof v === 'object' ? v.sha256 : v);
  return Object.fromEntries(changes.map((c) => [c.path, { old: value(c.old), new: value(c.new) }]));
}

/**
 * A reference code taken by a simultaneous change is a conflict, not a crash; any other failure of the
 * writing is exit 1 with the driver's own message (never drizzle's, which lists the parameters: file bytes).
 */
function asUpdateError(error: unknown): unknown {
  if (error instanceof EcmError) return error;
  if (error instanceof UniqueViolation && error.constraint === 'reference_code') {
    return new EcmError(
      'conflict',
      [
        {
          field: 'company.referenceCode',
          code: 'reference_code_taken',
          message: m.update.referenceCodeTakenWhileWriting,
        },
      ],
      { cause: error },
    );
  }
  let root: unknown = error;
  while (root instanceof Error && root.cause instanceof Error) root = root.cause;
  const detail = root instanceof Error ? root.message : String(root);
  return new EcmError('provision', [{ field: null, code: 'update_failed', message: m.update.failed(detail) }], {
    cause: error,
  });
}
