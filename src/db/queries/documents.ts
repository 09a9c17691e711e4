/** What the documents for people (the handover page, the branding preview) read of an environment. */
import { and, eq } from 'drizzle-orm';
import type { Repositories, StoredFile } from '../ports.js';
import type { Engine } from './engine.js';
import { fileFactColumns } from './environments.js';

export type DocumentRepositories = Pick<Repositories, 'branding'>;

export function documentRepositories(engine: Engine): DocumentRepositories {
  const { db } = engine;
  const { environments, files, templates } = engine.tables;

  const storedFile = async (environmentId: number, kind: 'logo' | 'emailLogo'): Promise<StoredFile | null> => {
    const [row] = await db
      .select({ ...fileFactColumns(files), content: files.content })
      .from(files)
      .where(and(eq(files.environmentId, environmentId), eq(files.kind, kind)));
    return row ? { ...row, content: new Uint8Array(row.content) } : null;
  };

  return {
    async branding(environmentId) {
      const [colours] = await db
        .select({ headerBackground: templates.headerBackground, headerText: templates.headerText })
        .from(environments)
        .innerJoin(templates, eq(templates.id, environments.templateId))
        .where(eq(environments.id, environmentId));
      return {
        ...colours!,
        logo: await storedFile(environmentId, 'logo'),
        emailLogo: await storedFile(environmentId, 'emailLogo'),
      };
    },
  };
}
