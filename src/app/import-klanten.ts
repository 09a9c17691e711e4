/**
 * The second half of `ecm klant import`: each checked record is created with the create's own recipe, in its
 * own transaction, in file order. The first failure stops the import; what was created stays.
 */
import { availableParallelism } from 'node:os';
import { EcmError, type Problem } from '../errors.js';
import { environmentUrl } from '../klant/acro.js';
import { newTemporaryCredential, type TemporaryCredential } from '../klant/password.js';
import { messages as m } from '../messages/index.js';
import type { Database } from '../db/ports.js';
import type { StepReporter } from '../provision/step.js';
import type { ImportRecord } from './check-import.js';
import { createKlant, type KlantCreated } from './create-klant.js';
import { requireSupplier } from './setup.js';

export type RecordStatus = 'created' | 'skipped' | 'failed' | 'not_attempted' | 'planned';

export interface RecordOutcome {
  record: number;
  acro: string;
  status: RecordStatus;
  url: string | null;
  klantadmin: KlantCreated['klantadmin'];
  errors: Problem[];
}

export interface ImportResult {
  records: RecordOutcome[];
  /** Why the import stopped early, or null when every record was dealt with. */
  stoppedBy: EcmError | null;
}

export interface ImportOptions {
  as: string;
  signal: AbortSignal;
  /** After each record is done with, for progress: the outcome and how many of the records are done. */
  onRecord: (outcome: RecordOutcome, done: number) => Promise<void> | void;
}

const silent: StepReporter = { started() {}, done() {}, skipped() {}, failed() {} };

const outcome = (r: ImportRecord, status: RecordStatus, url: string | null = null): RecordOutcome => ({
  record: r.index,
  acro: r.form.company.acro,
  status,
  url,
  klantadmin: null,
  errors: [],
});

export async function importKlanten(
  db: Database,
  records: readonly ImportRecord[],
  options: ImportOptions,
): Promise<ImportResult> {
  const outcomes: RecordOutcome[] = [];
  let stoppedBy: EcmError | null = null;
  const credentialFor = hashingAhead(records);
  for (const record of records) {
    if (stoppedBy) {
      outcomes.push(outcome(record, 'not_attempted'));
      continue;
    }
    let done: RecordOutcome;
    if (record.skip) {
      done = outcome(record, 'skipped');
    } else {
      try {
        const created = await createKlant(db, record.form, {
          as: options.as,
          reporter: silent,
          signal: options.signal,
          credential: credentialFor(record),
        });
        done = { ...outcome(record, 'created', created.klant.url), klantadmin: created.klantadmin };
      } catch (error) {
        stoppedBy = error instanceof EcmError ? error : unexpected(error);
        done = { ...outcome(record, 'failed'), errors: [...stoppedBy.problems] };
      }
    }
    outcomes.push(done);
    await options.onRecord(done, outcomes.length);
    // Ctrl-C between two environments: the one before is whole, the next is not begun.
    if (!stoppedBy && options.signal.aborted) stoppedBy = EcmError.one('cancelled', 'cancelled', m.import.cancelled);
  }
  return { records: outcomes, stoppedBy };
}

/**
 * A klantadmin's password hash (scrypt) costs more than writing the whole environment, and it runs on libuv's
 * threads: while one record is written, the hashes of the next few records run on the other cores. libuv has
 * four threads unless told otherwise, and each hash holds 32 MiB, hence the cap.
 */
const HASHES_AHEAD = Math.min(availableParallelism(), 4);

function hashingAhead(
  records: readonly ImportRecord[],
): (record: ImportRecord) => Promise<TemporaryCredential> | undefined {
  const wanting = records.filter((r) => !r.skip && r.form.admin !== null);
  const started = new Map<ImportRecord, Promise<TemporaryCredential>>();
  let asked = 0;
  let begun = 0;
  return (record) => {
    if (record.form.admin === null) return undefined;
    for (const until = Math.min(asked + 1 + HASHES_AHEAD, wanting.length); begun < until; begun++) {
      const credential = newTemporaryCredential();
      // A hash started for a record the import never reaches is dropped; its failure is nobody's.
      credential.catch(() => {});
      started.set(wanting[begun]!, credential);
    }
    asked++;
    const credential = started.get(record);
    started.delete(record);
    return credential;
  };
}

function unexpected(error: unknown): EcmError {
  const detail = error instanceof Error ? error.message : String(error);
  return EcmError.one('provision', 'provision_failed', m.import.failed(detail), null, error);
}

/** `--dry-run`: what would be created, at the URL it would get. */
export async function planImport(db: Database, records: readonly ImportRecord[]): Promise<RecordOutcome[]> {
  const supplier = await requireSupplier(db.read);
  return records.map((r) =>
    r.skip ? outcome(r, 'skipped') : outcome(r, 'planned', environmentUrl(supplier, r.form.company.acro)),
  );
}
