/** What the interactive form looks up while it asks, answered from the database and the files. */
import { EcmError } from '../errors.js';
import { acroKey } from '../klant/acro.js';
import type { Repositories } from '../db/ports.js';
import type { FormLookups } from './prompts/prompter.js';

export function formLookups(db: Repositories): FormLookups {
  return {
    acroTaken: async (acro) => (await db.findEnvironment(acroKey(acro))) !== null,
    referenceCodeTaken: (code) => db.referenceCodeInUse(code),
    supplierAdminUsernames: async () => (await db.supplierAdmins()).map((a) => a.username),
    environments: async () => (await db.environments()).map(({ acro, name }) => ({ acro, name })),
    templates: async () =>
      (await db.templates()).map(({ name, description, isDefault }) => ({ name, description, isDefault })),
    inspectFile: async (path, kind) => {
      // Loaded on first use: the image and PDF libraries are heavy, and most runs never need them.
      const { inspectUploads } = await import('../assets/inspect-uploads.js');
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
    },
  };
}
