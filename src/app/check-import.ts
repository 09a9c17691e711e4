/**
 * The first half of `ecm klant import`: every record is checked before anything is written, class by class
 * as the create does (input, then what must exist, then what must not exist yet), so that one round of
 * corrections suffices. Each problem names its record: `records[3].company.acro`.
 */
import { EcmError, type Problem } from '../errors.js';
import { messages as m } from '../messages/index.js';
import { portalOf, type KlantForm } from '../klant/schema.js';
import type { Repositories } from '../db/ports.js';
import { namedThingProblems, parseKlantInput } from './parse-klant.js';

export interface ImportRecord {
  /** 0-based place in the file. */
  index: number;
  form: KlantForm;
  /** Left out by `--skip-existing`: its acro exists already. */
  skip: boolean;
}

const at = (index: number, problem: Problem): Problem => ({
  ...problem,
  field: problem.field === null ? `records[${index}]` : `records[${index}].${problem.field}`,
});

export async function checkImport(
  db: Repositories,
  raws: readonly unknown[],
  baseDir: string,
  options: { skipExisting: boolean },
): Promise<ImportRecord[]> {
  const forms = await inputChecked(db, raws, baseDir);

  const acros = new Set<string>();
  const exists = new Map<string, boolean>();
  const missing: Problem[] = [];
  const taken: Problem[] = [];
  const supplierAdmins = new Set((await db.supplierAdmins()).map((a) => a.username));
  const records: ImportRecord[] = [];
  for (const [index, form] of forms.entries()) {
    const { acro, referenceCode } = form.company;
    const existing = await db.findEnvironment(acro);
    const skip = existing !== null && options.skipExisting;
    records.push({ index, form, skip });
    exists.set(acro.toLowerCase(), existing !== null);
    const copyFrom = portalOf(form).copyFrom;
    // An earlier record of the file is created before this one, so it can be the model.
    if (copyFrom !== null && !acros.has(copyFrom.toLowerCase())) {
      const source = await db.findEnvironment(copyFrom);
      if (!source) {
        missing.push(
          at(index, {
            field: 'portal.copyFrom',
            code: 'environment_not_found',
            message: m.copy.sourceNotFound(copyFrom),
          }),
        );
      } else if (source.retiredAt !== null && !skip) {
        taken.push(
          at(index, {
            field: 'portal.copyFrom',
            code: 'environment_retired',
            message: m.retirement.copySource(source.acro),
          }),
        );
      }
    }
    acros.add(acro.toLowerCase());
    if (skip) continue;
    if (existing) taken.push(at(index, { field: 'company.acro', code: 'acro_taken', message: m.acro.taken(acro) }));
    if (referenceCode !== null && (await db.referenceCodeInUse(referenceCode))) {
      taken.push(
        at(index, {
          field: 'company.referenceCode',
          code: 'reference_code_taken',
          message: m.referenceCode.taken(referenceCode),
        }),
      );
    }
    const username = form.admin?.username;
    if (username !== undefined && supplierAdmins.has(username)) {
      taken.push(
        at(index, {
          field: 'admin.username',
          code: 'username_taken',
          message: m.username.takenBySupplierAdmin(username),
        }),
      );
    }
  }
  if (missing.length > 0) throw new EcmError('notFound', missing);
  if (taken.length > 0) throw new EcmError('conflict', taken);
  return records;
}

/** Each record's own rules and files, then the clashes between records; throws every input problem at once. */
async function inputChecked(db: Repositories, raws: readonly unknown[], baseDir: string): Promise<KlantForm[]> {
  const problems: Problem[] = [];
  const forms: (KlantForm | null)[] = [];
  for (const [index, raw] of raws.entries()) {
    try {
      const form = await parseKlantInput(db, raw, baseDir);
      // The form's rules hold; its files and template are checked here too (each file once per process).
      const named = await namedThingProblems(db, raw, baseDir, []);
      problems.push(...named.map((p) => at(index, p)));
      forms.push(form);
    } catch (error) {
      if (!(error instanceof EcmError) || error.kind !== 'input') throw error;
      problems.push(...error.problems.map((p) => at(index, p)));
      forms.push(null);
    }
  }
  problems.push(...duplicates(forms));
  if (problems.length > 0) throw new EcmError('input', problems);
  return forms as KlantForm[];
}

const UNIQUE_IN_FILE = [
  {
    field: 'company.acro',
    of: (f: KlantForm) => f.company.acro.toLowerCase(),
    shown: (f: KlantForm) => f.company.acro,
  },
  {
    field: 'company.referenceCode',
    of: (f: KlantForm) => f.company.referenceCode,
    shown: (f: KlantForm) => f.company.referenceCode,
  },
  {
    field: 'admin.username',
    of: (f: KlantForm) => f.admin?.username ?? null,
    shown: (f: KlantForm) => f.admin?.username ?? null,
  },
] as const;

/** A later record that repeats an acro, reference code or klantadmin username of an earlier one. */
function duplicates(forms: readonly (KlantForm | null)[]): Problem[] {
  const problems: Problem[] = [];
  for (const { field, of, shown } of UNIQUE_IN_FILE) {
    const first = new Map<string, number>();
    forms.forEach((form, index) => {
      const key = form && of(form);
      if (!form || key === null) return;
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, index);
      else
        problems.push(
          at(index, { field, code: 'duplicate_in_file', message: m.import.duplicate(String(shown(form)), earlier) }),
        );
    });
  }
  return problems;
}
