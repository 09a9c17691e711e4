/** The Repositories of one PostgreSQL connection; within a transaction the same object writes inside it. */
import { asc, eq } from 'drizzle-orm';
import type { Repositories } from '../ports.js';
import { categoryRepositories } from './categories.js';
import { environmentRepositories } from './environments.js';
import { byCodePoint, type PgDb } from './query.js';
import { auditLog, supplier, supplierAdmins, templates } from './schema.js';
import { mappingDriverErrors } from './unique.js';

export function postgresRepositories(db: PgDb): Repositories {
  return mappingDriverErrors({
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
      await db
        .insert(templates)
        .values(
          newTemplates.map(({ name, description, isDefault, styles }) => ({ name, description, isDefault, styles })),
        );
    },

    async supplierAdmins() {
      return db
        .select({ id: supplierAdmins.id, username: supplierAdmins.username, email: supplierAdmins.email })
        .from(supplierAdmins)
        .orderBy(asc(byCodePoint(supplierAdmins.username)));
    },

    /**
     * Writers queue on the one supplier row until the holder's transaction ends. Under READ COMMITTED the
     * statements after the lock see everything committed before it was granted, so the admins read next are
     * complete, and the environments an added admin goes into are too.
     */
    async lockSupplierAdmins() {
      await db.select({ id: supplier.id }).from(supplier).where(eq(supplier.id, 1)).for('update');
    },

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

    ...environmentRepositories(db),
    ...categoryRepositories(db),
  });
}
