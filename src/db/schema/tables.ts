/**
 * Every table, once: columns, keys, indexes, foreign keys and checks. Each engine builds its drizzle tables from
 * this with its own column types (sqlite/schema.ts, postgres/schema.ts), and drizzle-kit generates each engine's
 * migrations from those; a new column is one edit here and `npm run db:generate`.
 */
import { sql } from 'drizzle-orm';
import type { AnySQLiteColumn, SQLiteColumnBuilderBase } from 'drizzle-orm/sqlite-core';
import type { RoleKey } from '../ports.js';
import type { sqliteColumns } from '../sqlite/schema.js';

/**
 * The column types, indexes and checks of one engine. Typed as SQLite's, so both engines' tables have SQLite's
 * drizzle types: the queries are written once against those (../queries/engine.ts), and PostgreSQL's factory,
 * which makes tables of the same shape, is cast to this.
 */
export type Columns = typeof sqliteColumns;

export function defineTables(c: Columns) {
  const environmentId = () =>
    c
      .integer('environment_id')
      .notNull()
      .references(() => environments.id);

  const supplier = c.table(
    'supplier',
    {
      id: c.integer('id').primaryKey(),
      name: c.text('name').notNull(),
      domain: c.text('domain').notNull(),
      createdAt: c
        .text('created_at')
        .notNull()
        .$defaultFn(() => new Date().toISOString()),
    },
    // One installation serves one supplier; a second row would make every URL ambiguous.
    (t) => [c.check('supplier_single_row', sql`${t.id} = 1`)],
  );

  const templates = c.table('templates', {
    id: c.id(),
    name: c.text('name').notNull().unique(),
    description: c.text('description').notNull(),
    isDefault: c.boolean('is_default').notNull(),
    styles: c.json('styles').$type<Record<string, string>>().notNull(),
    // The branding preview's header: background and text colour as #rrggbb. The defaults are for templates
    // made before these columns; the standard ones get their own colours in the migration.
    headerBackground: c.text('header_background').notNull().default('#ffffff'),
    headerText: c.text('header_text').notNull().default('#1f2933'),
  });

  const supplierAdmins = c.table('supplier_admins', {
    id: c.id(),
    username: c.text('username').notNull().unique(),
    email: c.text('email').notNull(),
    createdAt: c.text('created_at').notNull(),
  });

  const environments = c.table(
    'environments',
    {
      id: c.id(),
      acro: c.text('acro').notNull(),
      // Keys are written by the repository from the typed values, so that "unique ignoring case" is a unique index.
      acroKey: c.text('acro_key').notNull(),
      name: c.text('name').notNull(),
      referenceCode: c.text('reference_code'),
      referenceKey: c.text('reference_key'),
      url: c.text('url').notNull(),
      orderNumberPrefix: c.text('order_number_prefix').notNull(),
      templateId: c
        .integer('template_id')
        .notNull()
        .references(() => templates.id),
      logoFileId: c.integer('logo_file_id').references((): AnySQLiteColumn => files.id),
      status: c.text('status', { enum: ['provisioning', 'active'] }).notNull(),
      createdAt: c.text('created_at').notNull(),
      createdBy: c.text('created_by').notNull(),
      // Retiring is a state beside the provisioning status, not one of its values: new nullable columns are an
      // ALTER TABLE … ADD COLUMN on both engines, where a changed check would make SQLite rebuild the table.
      retiredAt: c.text('retired_at'),
      retiredBy: c.text('retired_by'),
    },
    (t) => [
      c.uniqueIndex('environments_acro_key_unique').on(t.acroKey),
      c.uniqueIndex('environments_reference_key_unique').on(t.referenceKey),
      c.check('environments_status', sql`${t.status} in ('provisioning', 'active')`),
    ],
  );

  const files = c.table(
    'files',
    {
      id: c.id(),
      environmentId: environmentId(),
      kind: c.text('kind', { enum: ['emailLogo', 'logo', 'sizeInstructions'] }).notNull(),
      format: c.text('format', { enum: ['png', 'jpeg', 'pdf'] }).notNull(),
      width: c.integer('width'),
      height: c.integer('height'),
      pages: c.integer('pages'),
      bytes: c.integer('bytes').notNull(),
      sha256: c.text('sha256').notNull(),
      content: c.bytes('content').notNull(),
    },
    (t) => [
      c.index('files_environment_id').on(t.environmentId),
      c.check('files_kind', sql`${t.kind} in ('emailLogo', 'logo', 'sizeInstructions')`),
      c.check('files_format', sql`${t.format} in ('png', 'jpeg', 'pdf')`),
    ],
  );

  const departments = c.table(
    'departments',
    {
      id: c.id(),
      environmentId: environmentId(),
      parentId: c.integer('parent_id').references((): AnySQLiteColumn => departments.id),
      name: c.text('name').notNull(),
      isRoot: c.boolean('is_root').notNull(),
      street: c.text('street'),
      houseNumber: c.text('house_number'),
      houseNumberAddition: c.text('house_number_addition'),
      postalCode: c.text('postal_code'),
      city: c.text('city'),
      country: c.text('country'),
      attention: c.text('attention'),
      phone: c.text('phone'),
      email: c.text('email'),
      emailLogoFileId: c.integer('email_logo_file_id').references(() => files.id),
      sizeInstructionsFileId: c.integer('size_instructions_file_id').references(() => files.id),
    },
    (t) => [
      c.index('departments_environment_id').on(t.environmentId),
      c.index('departments_parent_id').on(t.parentId),
      c.uniqueIndex('departments_one_root').on(t.environmentId).where(c.isTrue(t.isRoot)),
      c.check('departments_root_has_no_parent', sql`${c.truthOf(t.isRoot)} = (${t.parentId} is null)`),
    ],
  );

  const roles = c.table(
    'roles',
    {
      id: c.id(),
      environmentId: environmentId(),
      key: c.text('key').$type<RoleKey>().notNull(),
      name: c.text('name').notNull(),
      level: c.integer('level').notNull(),
    },
    (t) => [c.uniqueIndex('roles_environment_key').on(t.environmentId, t.key)],
  );

  const users = c.table(
    'users',
    {
      id: c.id(),
      environmentId: environmentId(),
      departmentId: c
        .integer('department_id')
        .notNull()
        .references(() => departments.id),
      roleId: c
        .integer('role_id')
        .notNull()
        .references(() => roles.id),
      username: c.text('username').notNull(),
      email: c.text('email').notNull(),
      supplierAdminId: c.integer('supplier_admin_id').references(() => supplierAdmins.id),
      passwordHash: c.text('password_hash'),
      passwordExpiresAt: c.text('password_expires_at'),
      mustChangePassword: c.boolean('must_change_password').notNull(),
    },
    (t) => [
      c.uniqueIndex('users_environment_username').on(t.environmentId, t.username),
      c.index('users_username').on(t.username),
      c.index('users_department_id').on(t.departmentId),
      c.index('users_role_id').on(t.roleId),
      c.index('users_supplier_admin_id').on(t.supplierAdminId),
    ],
  );

  const auditLog = c.table(
    'audit_log',
    {
      id: c.id(),
      environmentId: c.integer('environment_id').references(() => environments.id),
      action: c.text('action').notNull(),
      actor: c.text('actor').notNull(),
      at: c.text('at').notNull(),
      input: c.json('input').notNull(),
    },
    (t) => [c.index('audit_log_environment_id').on(t.environmentId)],
  );

  /** customerSettings, emailSettings (settings and texts), languageSettings, validationSettings and the theme. */
  const settings = c.table(
    'settings',
    {
      id: c.id(),
      environmentId: environmentId(),
      category: c.text('category').notNull(),
      key: c.text('key').notNull(),
      value: c.text('value').notNull(),
    },
    (t) => [c.uniqueIndex('settings_environment_category_key').on(t.environmentId, t.category, t.key)],
  );

  const rolePermissions = c.table(
    'role_permissions',
    {
      id: c.id(),
      environmentId: environmentId(),
      roleId: c
        .integer('role_id')
        .notNull()
        .references(() => roles.id),
      permission: c.text('permission').notNull(),
    },
    (t) => [
      c.uniqueIndex('role_permissions_role_permission').on(t.roleId, t.permission),
      c.index('role_permissions_environment_id').on(t.environmentId),
    ],
  );

  /** Master data known by a code that is unique within its environment. */
  const coded = <T extends Record<string, SQLiteColumnBuilderBase>>(name: string, columns: T) =>
    c.table(
      name,
      {
        id: c.id(),
        environmentId: environmentId(),
        code: c.text('code').notNull(),
        name: c.text('name').notNull(),
        ...columns,
      },
      (t) => [c.uniqueIndex(`${name}_environment_code`).on(t.environmentId, t.code)],
    );

  const customFieldClasses = coded('custom_field_classes', { appliesTo: c.text('applies_to').notNull() });
  const productGroups = coded('product_groups', {});
  const sets = coded('sets', {});
  const sortedCodes = (name: string) => coded(name, { sortOrder: c.integer('sort_order').notNull() });

  const customFieldAttributes = c.table(
    'custom_field_attributes',
    {
      id: c.id(),
      environmentId: environmentId(),
      classId: c
        .integer('class_id')
        .notNull()
        .references(() => customFieldClasses.id),
      code: c.text('code').notNull(),
      name: c.text('name').notNull(),
      type: c.text('type').notNull(),
      required: c.boolean('required').notNull(),
    },
    (t) => [
      c.uniqueIndex('custom_field_attributes_class_code').on(t.classId, t.code),
      c.index('custom_field_attributes_environment_id').on(t.environmentId),
    ],
  );

  const orderCosts = c.table(
    'order_costs',
    {
      id: c.id(),
      environmentId: environmentId(),
      code: c.text('code').notNull(),
      name: c.text('name').notNull(),
      amountCents: c.integer('amount_cents').notNull(),
    },
    (t) => [
      c.uniqueIndex('order_costs_environment_code').on(t.environmentId, t.code),
      c.check('order_costs_amount', sql`${t.amountCents} >= 0`),
    ],
  );

  const products = c.table(
    'products',
    {
      id: c.id(),
      environmentId: environmentId(),
      groupId: c
        .integer('group_id')
        .notNull()
        .references(() => productGroups.id),
      articleNumber: c.text('article_number').notNull(),
      name: c.text('name').notNull(),
    },
    (t) => [
      c.uniqueIndex('products_environment_article_number').on(t.environmentId, t.articleNumber),
      c.index('products_group_id').on(t.groupId),
    ],
  );

  const productSizes = c.table(
    'product_sizes',
    {
      id: c.id(),
      environmentId: environmentId(),
      productId: c
        .integer('product_id')
        .notNull()
        .references(() => products.id),
      size: c.text('size').notNull(),
      priceCents: c.integer('price_cents').notNull(),
      sortOrder: c.integer('sort_order').notNull(),
    },
    (t) => [
      c.uniqueIndex('product_sizes_product_size').on(t.productId, t.size),
      c.index('product_sizes_environment_id').on(t.environmentId),
      c.check('product_sizes_price', sql`${t.priceCents} >= 0`),
    ],
  );

  const setItems = c.table(
    'set_items',
    {
      id: c.id(),
      environmentId: environmentId(),
      setId: c
        .integer('set_id')
        .notNull()
        .references(() => sets.id),
      productId: c
        .integer('product_id')
        .notNull()
        .references(() => products.id),
      quantity: c.integer('quantity').notNull(),
    },
    (t) => [
      c.uniqueIndex('set_items_set_product').on(t.setId, t.productId),
      c.index('set_items_environment_id').on(t.environmentId),
      c.index('set_items_product_id').on(t.productId),
      c.check('set_items_quantity', sql`${t.quantity} > 0`),
    ],
  );

  return {
    supplier,
    templates,
    supplierAdmins,
    environments,
    files,
    departments,
    roles,
    users,
    auditLog,
    settings,
    rolePermissions,
    customFieldClasses,
    customFieldAttributes,
    orderStatuses: sortedCodes('order_statuses'),
    returnReasons: sortedCodes('return_reasons'),
    orderCosts,
    employmentTypes: sortedCodes('employment_types'),
    functions: sortedCodes('functions'),
    productGroups,
    products,
    productSizes,
    sets,
    setItems,
  };
}

export type Tables = ReturnType<typeof defineTables>;
