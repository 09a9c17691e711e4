/** The customer environment itself: its row, files, root department, roles, users and template. */
import { and, asc, desc, eq, ne, type SQL } from 'drizzle-orm';
import type { KlantAddress } from '../../klant/schema.js';
import { STANDARD_ROLES } from '../defaults.js';
import { acroKey, referenceKey } from '../keys.js';
import type { EnvironmentDetails, EnvironmentRow, NewUser, Repositories } from '../ports.js';
import { valueAs, written, type Engine } from './engine.js';

export type EnvironmentRepositories = Pick<
  Repositories,
  | 'environments'
  | 'findEnvironment'
  | 'referenceCodeInUse'
  | 'environmentsWithUser'
  | 'createEnvironment'
  | 'storeFile'
  | 'setEnvironmentLogo'
  | 'createRootDepartment'
  | 'createStandardRoles'
  | 'applyTemplate'
  | 'createUser'
  | 'addUserToEveryEnvironment'
  | 'environmentUsers'
  | 'activateEnvironment'
>;

/** The columns of a stored file's facts (`StoredFileFacts`): all but its content, which only documents read. */
export const fileFactColumns = (files: Engine['tables']['files']) => ({
  kind: files.kind,
  format: files.format,
  width: files.width,
  height: files.height,
  pages: files.pages,
  bytes: files.bytes,
  sha256: files.sha256,
});

export function environmentRepositories(engine: Engine): EnvironmentRepositories {
  const { db, byCodePoint } = engine;
  const { departments, environments, files, roles, settings, templates, users } = engine.tables;

  const environmentRows = () =>
    db
      .select({
        id: environments.id,
        acro: environments.acro,
        name: environments.name,
        referenceCode: environments.referenceCode,
        url: environments.url,
        template: templates.name,
        status: environments.status,
        createdAt: environments.createdAt,
        createdBy: environments.createdBy,
        retiredAt: environments.retiredAt,
        retiredBy: environments.retiredBy,
      })
      .from(environments)
      .innerJoin(templates, eq(templates.id, environments.templateId));

  const rootAddress = async (environmentId: number): Promise<KlantAddress | null> => {
    const [root] = await db
      .select()
      .from(departments)
      .where(and(eq(departments.environmentId, environmentId), eq(departments.isRoot, true)));
    if (!root) return null;
    const { street, houseNumber, postalCode, city, country } = root;
    if (street === null || houseNumber === null || postalCode === null || city === null || country === null)
      return null;
    const { houseNumberAddition, attention, phone } = root;
    return { street, houseNumber, houseNumberAddition, postalCode, city, country, attention, phone };
  };

  /** Puts the user in the root department, with the role by its key, of every environment `where` selects. */
  const insertUsers = (user: NewUser, where?: SQL) =>
    written(
      db.insert(users).select(
        db
          .select({
            id: engine.newId(users),
            environmentId: departments.environmentId,
            departmentId: departments.id,
            roleId: roles.id,
            username: valueAs(users.username, user.username),
            email: valueAs(users.email, user.email),
            supplierAdminId: valueAs(users.supplierAdminId, user.supplierAdminId),
            passwordHash: valueAs(users.passwordHash, user.passwordHash),
            passwordExpiresAt: valueAs(users.passwordExpiresAt, user.passwordExpiresAt),
            mustChangePassword: valueAs(users.mustChangePassword, user.mustChangePassword),
          })
          .from(departments)
          .innerJoin(roles, and(eq(roles.environmentId, departments.environmentId), eq(roles.key, user.role)))
          .where(and(eq(departments.isRoot, true), where)),
      ),
    );

  return {
    async environments(): Promise<EnvironmentRow[]> {
      return environmentRows().orderBy(asc(byCodePoint(environments.acroKey)));
    },

    async findEnvironment(acro): Promise<EnvironmentDetails | null> {
      const [row] = await environmentRows().where(eq(environments.acroKey, acroKey(acro)));
      if (!row) return null;
      const storedFiles = await db
        .select(fileFactColumns(files))
        .from(files)
        .where(eq(files.environmentId, row.id))
        .orderBy(asc(files.id));
      return { ...row, address: await rootAddress(row.id), files: storedFiles };
    },

    async referenceCodeInUse(referenceCode, exceptEnvironmentId) {
      const key = referenceKey(referenceCode);
      const other = exceptEnvironmentId === undefined ? undefined : ne(environments.id, exceptEnvironmentId);
      const rows = await db
        .select({ id: environments.id })
        .from(environments)
        .where(and(eq(environments.referenceKey, key), other))
        .limit(1);
      return rows.length > 0;
    },

    // No DISTINCT: users_environment_username allows the username once per environment.
    async environmentsWithUser(username) {
      const rows = await db
        .select({ acro: environments.acro })
        .from(users)
        .innerJoin(environments, eq(environments.id, users.environmentId))
        .where(eq(users.username, username))
        .orderBy(asc(byCodePoint(environments.acroKey)));
      return rows.map((row) => row.acro);
    },

    async createEnvironment(environment) {
      const [row] = await db
        .insert(environments)
        .values({
          ...environment,
          acroKey: acroKey(environment.acro),
          referenceKey: environment.referenceCode === null ? null : referenceKey(environment.referenceCode),
          status: 'provisioning',
        })
        .returning({ id: environments.id });
      return row!.id;
    },

    async storeFile(environmentId, file) {
      const content = Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength);
      const [row] = await db
        .insert(files)
        .values({ ...file, environmentId, content })
        .returning({ id: files.id });
      return row!.id;
    },

    async setEnvironmentLogo(environmentId, fileId) {
      await db.update(environments).set({ logoFileId: fileId }).where(eq(environments.id, environmentId));
    },

    async createRootDepartment(environmentId, root) {
      const [row] = await db
        .insert(departments)
        .values({
          environmentId,
          parentId: null,
          name: root.name,
          isRoot: true,
          ...root.address,
          emailLogoFileId: root.emailLogoFileId,
          sizeInstructionsFileId: root.sizeInstructionsFileId,
        })
        .returning({ id: departments.id });
      return row!.id;
    },

    async createStandardRoles(environmentId) {
      await db.insert(roles).values(STANDARD_ROLES.map((role) => ({ ...role, environmentId })));
    },

    async applyTemplate(environmentId, templateId) {
      const [template] = await db.select().from(templates).where(eq(templates.id, templateId));
      if (!template) throw new Error(`template ${templateId} does not exist`);
      await db.update(environments).set({ templateId }).where(eq(environments.id, environmentId));
      await db.delete(settings).where(and(eq(settings.environmentId, environmentId), eq(settings.category, 'theme')));
      const theme = Object.entries(template.styles).map(([key, value]) => ({
        environmentId,
        category: 'theme',
        key,
        value,
      }));
      if (theme.length > 0) await db.insert(settings).values(theme);
    },

    async createUser(environmentId, user) {
      const count = await insertUsers(user, eq(departments.environmentId, environmentId));
      if (count !== 1) throw new Error(`environment ${environmentId} has no root department or role ${user.role}`);
    },

    async addUserToEveryEnvironment(user) {
      return insertUsers(user);
    },

    async environmentUsers(environmentId) {
      return db
        .select({ username: users.username, email: users.email, role: roles.key })
        .from(users)
        .innerJoin(roles, eq(roles.id, users.roleId))
        .where(eq(users.environmentId, environmentId))
        .orderBy(desc(roles.level), asc(byCodePoint(users.username)));
    },

    async activateEnvironment(environmentId) {
      await db.update(environments).set({ status: 'active' }).where(eq(environments.id, environmentId));
    },
  };
}
