/** The 13 copy categories: default rows, copying (see copy.ts) and counting. */
import { and, count, eq } from 'drizzle-orm';
import type { CategoryId } from '../../klant/categories.js';
import {
  DEFAULT_CUSTOM_FIELDS,
  DEFAULT_ORDER_COSTS,
  DEFAULT_ORDER_STATUSES,
  DEFAULT_RETURN_REASONS,
  DEFAULT_ROLE_PERMISSIONS,
  DEFAULT_SETTINGS,
  type SettingsCategory,
} from '../defaults.js';
import type { Repositories } from '../ports.js';
import { CATEGORY_TABLES, copyCategoryRows, type CategoryTable } from './copy.js';
import type { SqliteDb } from './query.js';
import {
  customFieldAttributes,
  customFieldClasses,
  orderCosts,
  orderStatuses,
  returnReasons,
  rolePermissions,
  roles,
  settings,
} from './schema.js';

export function categoryRepositories(
  db: SqliteDb,
): Pick<Repositories, 'createCategoryDefaults' | 'copyCategory' | 'countCategoryRows'> {
  return {
    async createCategoryDefaults(environmentId, category) {
      return createDefaults(db, environmentId, category);
    },

    async copyCategory(source, target, category) {
      return copyCategoryRows(db, category, source, target);
    },

    async countCategoryRows(environmentId, category) {
      return CATEGORY_TABLES[category].reduce((sum, { table, only }) => {
        const row = db
          .select({ n: count() })
          .from(table)
          .where(and(eq(table.environmentId, environmentId), only))
          .get();
        return sum + (row?.n ?? 0);
      }, 0);
    },
  };
}

function createDefaults(db: SqliteDb, environmentId: number, category: CategoryId): number {
  const insertAll = <T extends CategoryTable>(table: T, rows: T['$inferInsert'][]): number =>
    rows.length === 0 ? 0 : db.insert(table).values(rows).run().changes;

  const settingsRows = (category: SettingsCategory) =>
    insertAll(
      settings,
      Object.entries(DEFAULT_SETTINGS[category]).map(([key, value]) => ({ environmentId, category, key, value })),
    );

  switch (category) {
    case 'customerSettings':
    case 'emailSettings':
    case 'languageSettings':
    case 'validationSettings':
      return settingsRows(category);

    // Refers to this environment's roles, so createStandardRoles must have run.
    case 'permissions': {
      const roleIds = new Map(
        db
          .select({ key: roles.key, id: roles.id })
          .from(roles)
          .where(eq(roles.environmentId, environmentId))
          .all()
          .map((role) => [role.key, role.id]),
      );
      const rows = DEFAULT_ROLE_PERMISSIONS.flatMap(({ role, permissions }) => {
        const roleId = roleIds.get(role);
        if (roleId === undefined) throw new Error(`environment ${environmentId} has no role ${role}`);
        return permissions.map((permission) => ({ environmentId, roleId, permission }));
      });
      return insertAll(rolePermissions, rows);
    }

    case 'customFields':
      return DEFAULT_CUSTOM_FIELDS.reduce((written, { attributes, ...fieldClass }) => {
        const classId = db
          .insert(customFieldClasses)
          .values({ ...fieldClass, environmentId })
          .returning({ id: customFieldClasses.id })
          .get().id;
        const rows = attributes.map((attribute) => ({ ...attribute, environmentId, classId }));
        return written + 1 + insertAll(customFieldAttributes, rows);
      }, 0);

    case 'orderStatuses':
      return insertAll(
        orderStatuses,
        DEFAULT_ORDER_STATUSES.map((status, i) => ({ ...status, environmentId, sortOrder: i + 1 })),
      );

    case 'returnReasons':
      return insertAll(
        returnReasons,
        DEFAULT_RETURN_REASONS.map((reason, i) => ({ ...reason, environmentId, sortOrder: i + 1 })),
      );

    case 'orderCosts':
      return insertAll(
        orderCosts,
        DEFAULT_ORDER_COSTS.map((cost) => ({ ...cost, environmentId })),
      );

    // Master data starts empty unless copied.
    case 'employmentTypes':
    case 'functions':
    case 'assortment':
    case 'sets':
      return 0;
  }
}
