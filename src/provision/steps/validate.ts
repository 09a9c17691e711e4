/**
 * Step 1: every check before the first write, in the contract's order: the input itself (exit 2), then what
 * must exist (4), then what must not exist yet (3). Each class reports all of its problems at once.
 */
import { EcmError, type Problem } from '../../errors.js';
import { inspectUploads } from '../../assets/inspect-uploads.js';
import { portalOf } from '../../klant/schema.js';
import { messages as m } from '../../messages/index.js';
import type { EnvironmentDetails, Repositories } from '../../db/ports.js';
import { chooseTemplate } from '../choose-template.js';
import type { ProvisionContext } from '../context.js';
import type { Step } from '../step.js';

export const validateStep: Step = {
  id: 'validate',
  async run(ctx, db) {
    const portal = portalOf(ctx.form);
    const inputProblems: Problem[] = [];
    const [uploads, template] = await Promise.all([
      inspectUploads({
        emailLogo: ctx.form.company.emailLogo,
        sizeInstructions: ctx.form.company.sizeInstructions,
        logo: portal.logo,
      }).catch((error: unknown) => collectInput(error, inputProblems)),
      chooseTemplate(db, portal.template).catch((error: unknown) => collectInput(error, inputProblems)),
    ]);
    if (inputProblems.length > 0 || !uploads || !template) throw new EcmError('input', inputProblems);

    const source = portal.copyFrom === null ? null : await db.findEnvironment(portal.copyFrom);
    if (portal.copyFrom !== null && !source) {
      throw EcmError.one(
        'notFound',
        'environment_not_found',
        m.copy.sourceNotFound(portal.copyFrom),
        'portal.copyFrom',
      );
    }

    const supplierAdmins = await db.supplierAdmins();
    await ensureNothingTaken(
      ctx,
      db,
      supplierAdmins.map((a) => a.username),
      source,
    );

    ctx.warnings.push(...uploads.warnings);
    ctx.checked = {
      template,
      source: source && { id: source.id, acro: source.acro },
      files: uploads.files,
      supplierAdmins,
    };
  },
};

function collectInput(error: unknown, problems: Problem[]): null {
  if (!(error instanceof EcmError) || error.kind !== 'input') throw error;
  problems.push(...error.problems);
  return null;
}

async function ensureNothingTaken(
  ctx: ProvisionContext,
  db: Repositories,
  supplierAdminNames: string[],
  source: EnvironmentDetails | null,
): Promise<void> {
  const { acro, referenceCode } = ctx.form.company;
  const problems: Problem[] = [];
  // A retired environment's settings may be stale; it is reactivated first when it really is the model.
  if (source && source.retiredAt !== null) {
    problems.push({
      field: 'portal.copyFrom',
      code: 'environment_retired',
      message: m.retirement.copySource(source.acro),
    });
  }
  if (await db.findEnvironment(acro)) {
    problems.push({ field: 'company.acro', code: 'acro_taken', message: m.acro.taken(acro) });
  }
  if (referenceCode !== null && (await db.referenceCodeInUse(referenceCode))) {
    problems.push({
      field: 'company.referenceCode',
      code: 'reference_code_taken',
      message: m.referenceCode.taken(referenceCode),
    });
  }
  const username = ctx.form.admin?.username;
  if (username !== undefined && supplierAdminNames.includes(username)) {
    problems.push({
      field: 'admin.username',
      code: 'username_taken',
      message: m.username.takenBySupplierAdmin(username),
    });
  }
  if (problems.length > 0) throw new EcmError('conflict', problems);
}
