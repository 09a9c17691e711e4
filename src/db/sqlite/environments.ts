/** The customer environment itself: its row, files, root department, roles, users and template. */
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { KlantAddress } from '../../klant/schema.js';
import { STANDARD_ROLES } from '../defaults.js';
import { acroKey, referenceKey } from '../keys.js';
import type { EnvironmentDetails, EnvironmentRow, Repositories } from '../ports.js';
import { NEW_ID, valueAs, type SqliteDb } from './query.js';
import { departments, environments, files, roles, settings, templates, users } from './schema.js';

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

export function environmentRepositories(db: SqliteDb): EnvironmentRepositories {
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
      })
      .from(environments)
      .innerJoin(templates, eq(templates.id, environments.templateId));

  const rootAddress = (environmentId: number): KlantAddress | null => {
    const root = db
      .select()
      .from(departments)
      .where(and(eq(departments.environmentId, environmentId), eq(departments.isRoot, true)))
      .get();
    if (!root) return null;
    const { street, houseNumber, postalCode, city, country } = root;
    if (street === null || houseNumber === null || postalCode === null || city === null || country === null)
      return null;
    const { houseNumberAddition, attention, phone } = root;
    return { street, houseNumber, houseNumberAddition, postalCode, city, country, attention, phone };
  };

  return {
    async environments(): Promise<EnvironmentRow[]> {
      return environmentRows().orderBy(asc(environments.acroKey)).all();
    },

    async findEnvironment(acro): Promise<EnvironmentDetails | null> {
      const row = environmentRows()
        .where(eq(environments.acroKey, acroKey(acro)))
        .get();
      if (!row) return null;
      const storedFiles = db
        .select({
          kind: files.kind,
          format: files.format,
          width: files.width,
          height: files.height,
          pages: files.pages,
          bytes: files.bytes,
          sha256: files.sha256,
        })
        .from(files)
        .where(eq(files.environmentId, row.id))
        .orderBy(asc(files.id))
        .all();
      return { ...row, address: rootAddress(row.id), files: storedFiles };
    },

    async referenceCodeInUse(referenceCode) {
      const key = referenceKey(referenceCode);
      return (
        db.select({ id: environments.id }).from(environments).where(eq(environments.referenceKey, key)).get() !==
        undefined
      );
    },

    async environmentsWithUser(username) {
      const rows = db
        .selectDistinct({ acro: environments.acro, acroKey: environments.acroKey })
        .from(users)
        .innerJoin(environments, eq(environments.id, users.environmentId))
        .where(eq(users.username, username))
        .orderBy(asc(environments.acroKey))
        .all();
      return rows.map((row) => row.acro);
    },

    async createEnvironment(environment) {
      const { id } = db
        .insert(environments)
        .values({
          ...environment,
          acroKey: acroKey(environment.acro),
          referenceKey: environment.referenceCode === null ? null : referenceKey(environment.referenceCode),
          status: 'provisioning',
        })
        .returning({ id: environments.id })
        .get();
      return id;
    },

    async storeFile(environmentId, file) {
      const content = Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength);
      return db
        .insert(files)
        .values({ ...file, environmentId, content })
        .returning({ id: files.id })
        .get().id;
    },

    async setEnvironmentLogo(environmentId, fileId) {
      db.update(environments).set({ logoFileId: fileId }).where(eq(environments.id, environmentId)).run();
    },

    async createRootDepartment(environmentId, root) {
      return db
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
        .returning({ id: departments.id })
        .get().id;
    },

    async createStandardRoles(environmentId) {
      db.insert(roles)
        .values(STANDARD_ROLES.map((role) => ({ ...role, environmentId })))
        .run();
    },

    async applyTemplate(environmentId, templateId) {
      const template = db.select().from(templates).where(eq(templates.id, templateId)).get();
      if (!template) throw new Error(`template ${templateId} does not exist`);
      db.update(environments).set({ templateId }).where(eq(environments.id, environmentId)).run();
      db.delete(settings)
        .where(and(eq(settings.environmentId, environmentId), eq(settings.category, 'theme')))
        .run();
      const theme = Object.entries(template.styles).map(([key, value]) => ({
        environmentId,
        category: 'theme',
        key,
        value,
      }));
      if (theme.length > 0) db.insert(settings).values(theme).run();
    },

    async createUser(environmentId, user) {
      const written = insertUsers(db, user, eq(departments.environmentId, environmentId));
      if (written !== 1) throw new Error(`environment ${environmentId} has no root department or role ${user.role}`);
    },

    async addUserToEveryEnvironment(user) {
      return insertUsers(db, user);
    },

    async environmentUsers(environmentId) {
      return db
        .select({ username: users.username, email: users.email, role: roles.key })
        .from(users)
        .innerJoin(roles, eq(roles.id, users.roleId))
        .where(eq(users.environmentId, environmentId))
        .orderBy(desc(roles.level), asc(users.username))
        .all();
    },

    async activateEnvironment(environmentId) {
      db.update(environments).set({ status: 'active' }).where(eq(environments.id, environmentId)).run();
    },
  };
}

/** Puts the user in the root department, with the role by its key, of every environment `where` selects. */
function insertUsers(db: SqliteDb, user: Parameters<Repositories['createUser']>[1], where?: SQL) {
  return db
    .insert(users)
    .select(
      db
        .select({
          id: NEW_ID,
          environmentId: departments.environmentId,
          departmentId: departments.id,
          roleId: roles.id,
          username: valueAs(user.username, 'username'),
          email: valueAs(user.email, 'email'),
          supplierAdminId: valueAs(user.supplierAdminId, 'supplier_admin_id'),
          passwordHash: valueAs(user.passwordHash, 'password_hash'),
          passwordExpiresAt: valueAs(user.passwordExpiresAt, 'password_expires_at'),
          mustChangePassword: valueAs(user.mustChangePassword ? 1 : 0, 'must_change_password'),
        })
        .from(departments)
        .innerJoin(roles, and(eq(roles.environmentId, departments.environmentId), eq(roles.key, user.role)))
        .where(and(eq(departments.isRoot, true), where)),
    )
    .run().changes;
}
