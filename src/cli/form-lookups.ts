/** What the interactive form looks up while it asks, answered from the database. */
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
  };
}
