/**
 * The SQLite schema. Migrations in `src/db/migrations/sqlite` are generated from this file by
 * `npm run db:generate`; never edit them by hand.
 */
import { sql } from 'drizzle-orm';
import {
  blob,
  check,
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import type { RoleKey } from '../ports.js';

const id = () => integer('id').primaryKey({ autoIncrement: true });
const environmentId = () =>
  integer('environment_id')
    .notNull()
    .references(() => environments.id);

export const supplier = sqliteTable(
  'supplier',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    domain: text('domain').notNull(),
    createdAt: text('created_at')
      .notNull()
      .$defaultFn(() => new Date().toISOString()),
  },
  // One installation serves one supplier; a second row would make every URL ambiguous.
  (t) => [check('supplier_single_row', sql`${t.id} = 1`)],
);

export const templates = sqliteTable('templates', {
  id: id(),
  name: text('name').notNull().unique(),
  description: text('description').notNull(),
  isDefault: integer('is_default', { mode: 'boolean' }).notNull(),
  styles: text('styles', { mode: 'json' }).$type<Record<string, string>>().notNull(),
});

export const supplierAdmins = sqliteTable('supplier_admins', {
  id: id(),
  username: text('username').notNull().unique(),
  email: text('email').notNull(),
  createdAt: text('created_at').notNull(),
});

export const environments = sqliteTable(
  'environments',
  {
    id: id(),
    acro: text('acro').notNull(),
    // Keys are written by the repository from the typed values, so that "unique ignoring case" is a unique index.
    acroKey: text('acro_key').notNull(),
    name: text('name').notNull(),
    referenceCode: text('reference_code'),
    referenceKey: text('reference_key'),
    url: text('url').notNull(),
    orderNumberPrefix: text('order_number_prefix').notNull(),
    templateId: integer('template_id')
      .notNull()
      .references(() => templates.id),
    logoFileId: integer('logo_file_id').references((): AnySQLiteColumn => files.id),
    status: text('status', { enum: ['provisioning', 'active'] }).notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    uniqueIndex('environments_acro_key_unique').on(t.acroKey),
    uniqueIndex('environments_reference_key_unique').on(t.referenceKey),
    check('environments_status', sql`${t.status} in ('provisioning', 'active')`),
  ],
);

export const files = sqliteTable(
  'files',
  {
    id: id(),
    environmentId: environmentId(),
    kind: text('kind', { enum: ['emailLogo', 'logo', 'sizeInstructions'] }).notNull(),
    format: text('format', { enum: ['png', 'jpeg', 'pdf'] }).notNull(),
    width: integer('width'),
    height: integer('height'),
    pages: integer('pages'),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: blob('content', { mode: 'buffer' }).notNull(),
  },
  (t) => [
    index('files_environment_id').on(t.environmentId),
    check('files_kind', sql`${t.kind} in ('emailLogo', 'logo', 'sizeInstructions')`),
    check('files_format', sql`${t.format} in ('png', 'jpeg', 'pdf')`),
  ],
);

export const departments = sqliteTable(
  'departments',
  {
    id: id(),
    environmentId: environmentId(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => departments.id),
    name: text('name').notNull(),
    isRoot: integer('is_root', { mode: 'boolean' }).notNull(),
    street: text('street'),
    houseNumber: text('house_number'),
    houseNumberAddition: text('house_number_addition'),
    postalCode: text('postal_code'),
    city: text('city'),
    country: text('country'),
    attention: text('attention'),
    phone: text('phone'),
    email: text('email'),
    emailLogoFileId: integer('email_logo_file_id').references(() => files.id),
    sizeInstructionsFileId: integer('size_instructions_file_id').references(() => files.id),
  },
  (t) => [
    index('departments_environment_id').on(t.environmentId),
    index('departments_parent_id').on(t.parentId),
    uniqueIndex('departments_one_root')
      .on(t.environmentId)
      .where(sql`${t.isRoot} = 1`),
    check('departments_root_has_no_parent', sql`(${t.isRoot} = 1) = (${t.parentId} is null)`),
  ],
);

export const roles = sqliteTable(
  'roles',
  {
    id: id(),
    environmentId: environmentId(),
    key: text('key').$type<RoleKey>().notNull(),
    name: text('name').notNull(),
    level: integer('level').notNull(),
  },
  (t) => [uniqueIndex('roles_environment_key').on(t.environmentId, t.key)],
);

export const users = sqliteTable(
  'users',
  {
    id: id(),
    environmentId: environmentId(),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    roleId: integer('role_id')
      .notNull()
      .references(() => roles.id),
    username: text('username').notNull(),
    email: text('email').notNull(),
    supplierAdminId: integer('supplier_admin_id').references(() => supplierAdmins.id),
    passwordHash: text('password_hash'),
    passwordExpiresAt: text('password_expires_at'),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull(),
  },
  (t) => [
    uniqueIndex('users_environment_username').on(t.environmentId, t.username),
    index('users_username').on(t.username),
    index('users_department_id').on(t.departmentId),
    index('users_role_id').on(t.roleId),
    index('users_supplier_admin_id').on(t.supplierAdminId),
  ],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: id(),
    environmentId: integer('environment_id').references(() => environments.id),
    action: text('action').notNull(),
    actor: text('actor').notNull(),
    at: text('at').notNull(),
    input: text('input', { mode: 'json' }).notNull(),
  },
  (t) => [index('audit_log_environment_id').on(t.environmentId)],
);

/** customerSettings, emailSettings (settings and texts), languageSettings, validationSettings and the theme. */
export const settings = sqliteTable(
  'settings',
  {
    id: id(),
    environmentId: environmentId(),
    category: text('category').notNull(),
    key: text('key').notNull(),
    value: text('value').notNull(),
  },
  (t) => [uniqueIndex('settings_environment_category_key').on(t.environmentId, t.category, t.key)],
);

export const rolePermissions = sqliteTable(
  'role_permissions',
  {
    id: id(),
    environmentId: environmentId(),
    roleId: integer('role_id')
      .notNull()
      .references(() => roles.id),
    permission: text('permission').notNull(),
  },
  (t) => [
    uniqueIndex('role_permissions_role_permission').on(t.roleId, t.permission),
    index('role_permissions_environment_id').on(t.environmentId),
  ],
);

export const customFieldClasses = sqliteTable(
  'custom_field_classes',
  {
    id: id(),
    environmentId: environmentId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    appliesTo: text('applies_to').notNull(),
  },
  (t) => [uniqueIndex('custom_field_classes_environment_code').on(t.environmentId, t.code)],
);

export const customFieldAttributes = sqliteTable(
  'custom_field_attributes',
  {
    id: id(),
    environmentId: environmentId(),
    classId: integer('class_id')
      .notNull()
      .references(() => customFieldClasses.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    required: integer('required', { mode: 'boolean' }).notNull(),
  },
  (t) => [
    uniqueIndex('custom_field_attributes_class_code').on(t.classId, t.code),
    index('custom_field_attributes_environment_id').on(t.environmentId),
  ],
);

export const orderStatuses = sqliteTable(
  'order_statuses',
  {
    id: id(),
    environmentId: environmentId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [uniqueIndex('order_statuses_environment_code').on(t.environmentId, t.code)],
);

export const returnReasons = sqliteTable(
  'return_reasons',
  {
    id: id(),
    environmentId: environmentId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [uniqueIndex('return_reasons_environment_code').on(t.environmentId, t.code)],
);

export const orderCosts = sqliteTable(
  'order_costs',
  {
    id: id(),
    environmentId: environmentId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    amountCents: integer('amount_cents').notNull(),
  },
  (t) => [
    uniqueIndex('order_costs_environment_code').on(t.environmentId, t.code),
    check('order_costs_amount', sql`${t.amountCents} >= 0`),
  ],
);

export const employmentTypes = sqliteTable(
  'employment_types',
  {
    id: id(),
    environmentId: environmentId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [uniqueIndex('employment_types_environment_code').on(t.environmentId, t.code)],
);

export const functions = sqliteTable(
  'functions',
  {
    id: id(),
    environmentId: environmentId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [uniqueIndex('functions_environment_code').on(t.environmentId, t.code)],
);

export const productGroups = sqliteTable(
  'product_groups',
  {
    id: id(),
    environmentId: environmentId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('product_groups_environment_code').on(t.environmentId, t.code)],
);

export const products = sqliteTable(
  'products',
  {
    id: id(),
    environmentId: environmentId(),
    groupId: integer('group_id')
      .notNull()
      .references(() => productGroups.id),
    articleNumber: text('article_number').notNull(),
    name: text('name').notNull(),
  },
  (t) => [
    uniqueIndex('products_environment_article_number').on(t.environmentId, t.articleNumber),
    index('products_group_id').on(t.groupId),
  ],
);

export const productSizes = sqliteTable(
  'product_sizes',
  {
    id: id(),
    environmentId: environmentId(),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    size: text('size').notNull(),
    priceCents: integer('price_cents').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [
    uniqueIndex('product_sizes_product_size').on(t.productId, t.size),
    index('product_sizes_environment_id').on(t.environmentId),
    check('product_sizes_price', sql`${t.priceCents} >= 0`),
  ],
);

export const sets = sqliteTable(
  'sets',
  {
    id: id(),
    environmentId: environmentId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('sets_environment_code').on(t.environmentId, t.code)],
);

export const setItems = sqliteTable(
  'set_items',
  {
    id: id(),
    environmentId: environmentId(),
    setId: integer('set_id')
      .notNull()
      .references(() => sets.id),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    quantity: integer('quantity').notNull(),
  },
  (t) => [
    uniqueIndex('set_items_set_product').on(t.setId, t.productId),
    index('set_items_environment_id').on(t.environmentId),
    index('set_items_product_id').on(t.productId),
    check('set_items_quantity', sql`${t.quantity} > 0`),
  ],
);
