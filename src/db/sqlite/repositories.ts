/** The Repositories of one SQLite connection; within a transaction the same object writes inside it. */
import { asc } from 'drizzle-orm';
import type { Repositories } from '../ports.js';
import { categoryRepositories } from './categories.js';
import { environmentRepositories } from './environments.js';
import type { SqliteDb } from './query.js';
import { auditLog, supplier, supplierAdmins, templates } from './schema.js';
import { mappingUniqueViolations } from './unique.js';

export function sqliteRepositories(db: SqliteDb): Repositories {
  return mappingUniqueViolations({
    async supplier() {
      return db.select({ name: supplier.name, domain: supplier.domain }).from(supplier).get() ?? null;
    },

    async createSupplier({ name, domain }) {
      db.insert(supplier).values({ id: 1, name, domain }).run();
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
        .orderBy(asc(templates.id))
        .all();
    },

    async createTemplates(newTemplates) {
      if (newTemplates.length === 0) return;
      db.insert(templates)
        .values(
          newTemplates.map(({ name, description, isDefault, styles }) => ({ name, description, isDefault, styles })),
        )
        .run();
    },

    async supplierAdmins() {
      return db
        .select({ id: supplierAdmins.id, username: supplierAdmins.username, email: supplierAdmins.email })
        .from(supplierAdmins)
        .orderBy(asc(supplierAdmins.username))
        .all();
    },

    // BEGIN IMMEDIATE already makes every writer wait for the one before it.
    async lockSupplierAdmins() {},

    async createSupplierAdmin(admin) {
      return db
        .insert(supplierAdmins)
        .values(admin)
        .returning({ id: supplierAdmins.id, username: supplierAdmins.username, email: supplierAdmins.email })
        .get();
    },

    async recordAudit(entry) {
      db.insert(auditLog).values(entry).run();
    },

    ...environmentRepositories(db),
    ...categoryRepositories(db),
  });
}
