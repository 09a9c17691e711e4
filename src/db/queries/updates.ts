/** Changing an environment after its create: name, reference code, files and the root department's address. */
import { and, eq, inArray } from 'drizzle-orm';
import { referenceKey } from '../keys.js';
import type { FileKind, Repositories } from '../ports.js';
import type { Engine } from './engine.js';

export type UpdateRepositories = Pick<
  Repositories,
  'lockEnvironment' | 'renameEnvironment' | 'setReferenceCode' | 'replaceFile' | 'setRootAddress'
>;

const ROOT_FILE_COLUMN = {
  emailLogo: 'emailLogoFileId',
  sizeInstructions: 'sizeInstructionsFileId',
} as const satisfies Partial<Record<FileKind, string>>;

export function updateRepositories(engine: Engine): UpdateRepositories {
  const { db } = engine;
  const { departments, environments, files } = engine.tables;
  const root = (environmentId: number) =>
    and(eq(departments.environmentId, environmentId), eq(departments.isRoot, true));

  return {
    lockEnvironment: (environmentId) => engine.lockEnvironment(environmentId),

    async renameEnvironment(environmentId, name) {
      await db.update(environments).set({ name }).where(eq(environments.id, environmentId));
      await db.update(departments).set({ name }).where(root(environmentId));
    },

    async setReferenceCode(environmentId, referenceCode) {
      await db
        .update(environments)
        .set({ referenceCode, referenceKey: referenceCode === null ? null : referenceKey(referenceCode) })
        .where(eq(environments.id, environmentId));
    },

    // New row first, then the reference moves to it, then the old row goes: no moment where a reference
    // points at nothing, and the foreign keys hold after every statement.
    async replaceFile(environmentId, kind, file) {
      const old = await db
        .select({ id: files.id })
        .from(files)
        .where(and(eq(files.environmentId, environmentId), eq(files.kind, kind)));
      let fileId: number | null = null;
      if (file) {
        const content = Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength);
        const [row] = await db
          .insert(files)
          .values({ ...file, environmentId, content })
          .returning({ id: files.id });
        fileId = row!.id;
      }
      if (kind === 'logo') {
        await db.update(environments).set({ logoFileId: fileId }).where(eq(environments.id, environmentId));
      } else {
        await db
          .update(departments)
          .set({ [ROOT_FILE_COLUMN[kind]]: fileId })
          .where(root(environmentId));
      }
      if (old.length > 0)
        await db.delete(files).where(
          inArray(
            files.id,
            old.map((row) => row.id),
          ),
        );
    },

    async setRootAddress(environmentId, address) {
      await db
        .update(departments)
        .set({
          street: address?.street ?? null,
          houseNumber: address?.houseNumber ?? null,
          houseNumberAddition: address?.houseNumberAddition ?? null,
          postalCode: address?.postalCode ?? null,
          city: address?.city ?? null,
          country: address?.country ?? null,
          attention: address?.attention ?? null,
          phone: address?.phone ?? null,
        })
        .where(root(environmentId));
    },
  };
}
