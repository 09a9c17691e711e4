/** What the interactive form looks up while it asks, answered from the database and the files. */
import { inspectUploads } from '../assets/inspect-uploads.js';
import { EcmError } from '../errors.js';
import type { Repositories } from '../db/ports.js';
import type { FileKind } from './prompts/file-rule.js';
import { templateDescription } from './output/template-description.js';
import type { FormLookups } from './prompts/prompter.js';

export function formLookups(db: Repositories): FormLookups {
  return {
    acroTaken: async (acro) => (await db.findEnvironment(acro)) !== null,
    referenceCodeTaken: (code) => db.referenceCodeInUse(code),
    supplierAdminUsernames: async () => (await db.supplierAdmins()).map((a) => a.username),
    // A retired environment cannot be copied from, so the form does not offer it.
    environments: async () =>
      (await db.environments()).filter((env) => env.retiredAt === null).map(({ acro, name }) => ({ acro, name })),
    templates: async () =>
      (await db.templates()).map(({ name, description, isDefault }) => ({
        name,
        description: templateDescription({ name, description }),
        isDefault,
      })),
    inspectFile,
  };
}

/** The thorough check of one file, its problems as one line of text. */
export async function inspectFile(path: string, kind: FileKind): Promise<true | string> {
  try {
    await inspectUploads({
      emailLogo: kind === 'image' ? path : null,
      sizeInstructions: kind === 'pdf' ? path : null,
      logo: null,
    });
    return true;
  } catch (error) {
    if (error instanceof EcmError && error.kind === 'input') return error.problems.map((p) => p.message).join('; ');
    throw error;
  }
}
