/** Relative file paths in the form are resolved against a base folder (the JSON file's, or the working one). */
import { resolve } from 'node:path';
import type { KlantForm } from './schema.js';

export function withFilePathsResolved(form: KlantForm, baseDir: string): KlantForm {
  const at = (path: string | null) => (path === null ? null : resolve(baseDir, path));
  return {
    ...form,
    company: {
      ...form.company,
      emailLogo: at(form.company.emailLogo),
      sizeInstructions: at(form.company.sizeInstructions),
    },
    portal: form.portal && { ...form.portal, logo: at(form.portal.logo) },
  };
}
