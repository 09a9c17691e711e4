/** The Repositories of one connection, on either engine; within a transaction the same object writes inside it. */
import { asc } from 'drizzle-orm';
import type { Repositories } from '../ports.js';
import { categoryRepositories } from './categories.js';
import type { Engine } from './engine.js';
import { documentRepositories } from './documents.js';
import { environmentRepositories } from './environments.js';
import { klantadminRepositories } from './klantadmins.js';
import { retirementRepositories } from './retirement.js';
import { updateRepositories } from './updates.js';

export function repositories(engine: Engine): Repositories {
  const { db, byCodePoint } = engine;
  const { auditLog, supplier, supplierAdmins, templates } = engine.tables;
  return mappingDriverErrors(engine, {
    async supplier() {
      const [row] = await db.select({ name: supplier.name, domain: supplier.domain }).from(supplier);
      return row ?? null;
    },

    async createSupplier({ name, domain }) {
      await db.insert(supplier).values({ id: 1, name, domain });
    },

    async templates() {
      return db
        .select({
          id: templates.id,
          name: templates.name,
          description: templates.description,
          isDefault: templates.isDefault,
        })
        .from(templates)
        .orderBy(asc(templates.id));
    },

    async createTemplates(newTemplates) {
      if (newTemplates.length === 0) return;
      await db.insert(templates).values(
        newTemplates.map(({ name, description, isDefault, styles, headerBackground, headerText }) => ({
          name,
          description,
          isDefault,
          styles,
          headerBackground,
          headerText,
        })),
      );
    },

    async supplierAdmins() {
      return db
        .select({ id: supplierAdmins.id, username: supplierAdmins.username, email: supplierAdmins.email })
        .from(supplierAdmins)
        .orderBy(asc(byCodePoint(supplierAdmins.username)));
    },

    lockSupplierAdmins: () => engine.lockSupplierAdmins(),

    async createSupplierAdmin(admin) {
      const [created] = await db
        .insert(supplierAdmins)
        .values(admin)
        .returning({ id: supplierAdmins.id, username: supplierAdmins.username, email: supplierAdmins.email });
      return created!;
    },

    async recordAudit(entry) {
      await db.insert(auditLog).values(entry);
    },

    ...environmentRepositories(engine),
    ...categoryRepositories(engine),
    ...retirementRepositories(engine),
    ...klantadminRepositories(engine),
    ...updateRepositories(engine),
    ...documentRepositories(engine),
  });
}

/** Every method of `repositories`, throwing what the engine makes of a failed query. */
function mappingDriverErrors(engine: Engine, repositories: Repositories): Repositories {
  return Object.fromEntries(
    Object.entries(repositories).map(([name, method]: [string, (...args: unknown[]) => Promise<unknown>]) => [
      name,
      async (...args: unknown[]) => {
        try {
          return await method(...args);
        } catch (error) {
          throw engine.driverError(error);
        }
      },
    ]),
  ) as unknown as Repositories;
}
