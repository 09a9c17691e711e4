/**
 * The PostgreSQL schema: the same tables, columns, keys and constraints as src/db/sqlite/schema.ts, which
 * test/db/schema-drift.test.ts holds it to. Migrations in `src/db/migrations/postgres` are generated from this
 * file by `npm run db:generate`; never edit them by hand.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  index,
  integer,
  json,
  pgTable,
  text,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { RoleKey } from '../ports.js';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

// By default rather than always: INSERT … SELECT names every column, and gives the id as nextval() (query.ts).
const id = () => integer('id').primaryKey().generatedByDefaultAsIdentity();
const environmentId = () =>
  integer('environment_id')
    .notNull()
    .references(() => environments.id);

export const supplier = pgTable(
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

export const templates = pgTable('templates', {
  id: id(),
  name: text('name').notNull().unique(),
  description: text('description').notNull(),
  isDefault: boolean('is_default').notNull(),
  styles: json('styles').$type<Record<string, string>>().notNull(),
});

export const supplierAdmins = pgTable('supplier_admins', {
  id: id(),
  username: text('username').notNull().unique(),
  email: text('email').notNull(),
  createdAt: text('created_at').notNull(),
});

export const environments = pgTable(
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
    logoFileId: integer('logo_file_id').references((): AnyPgColumn => files.id),
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

export const files = pgTable(
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
    content: bytea('content').notNull(),
  },
  (t) => [
    index('files_environment_id').on(t.environmentId),
    check('files_kind', sql`${t.kind} in ('emailLogo', 'logo', 'sizeInstructions')`),
    check('files_format', sql`${t.format} in ('png', 'jpeg', 'pdf')`),
  ],
);

export const departments = pgTable(
  'departments',
  {
    id: id(),
    environmentId: environmentId(),
    parentId: integer('parent_id').references((): AnyPgColumn => departments.id),
    name: text('name').notNull(),
    isRoot: boolean('is_root').notNull(),
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
      .where(sql`${t.isRoot}`),
    check('departments_root_has_no_parent', sql`${t.isRoot} = (${t.parentId} is null)`),
  ],
);

export const roles = pgTable(
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

export const users = pgTable(
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
    mustChangePassword: boolean('must_change_password').notNull(),
  },
  (t) => [
    uniqueIndex('users_environment_username').on(t.environmentId, t.username),
    index('users_username').on(t.username),
    index('users_department_id').on(t.departmentId),
    index('users_role_id').on(t.roleId),
    index('users_supplier_admin_id').on(t.supplierAdminId),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    environmentId: integer('environment_id').references(() => environments.id),
    action: text('action').notNull(),
    actor: text('actor').notNull(),
    at: text('at').notNull(),
    input: json('input').notNull(),
  },
  (t) => [index('audit_log_environment_id').on(t.environmentId)],
);

/** customerSettings, emailSettings (settings and texts), languageSettings, validationSettings and the theme. */
export const settings = pgTable(
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

export const rolePermissions = pgTable(
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

export const customFieldClasses = pgTable(
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

export const customFieldAttributes = pgTable(
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
    required: boolean('required').notNull(),
  },
  (t) => [
    uniqueIndex('custom_field_attributes_class_code').on(t.classId, t.code),
    index('custom_field_attributes_environment_id').on(t.environmentId),
  ],
);

export const orderStatuses = pgTable(
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

export const returnReasons = pgTable(
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

export const orderCosts = pgTable(
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

export const employmentTypes = pgTable(
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

export const functions = pgTable(
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

export const productGroups = pgTable(
  'product_groups',
  {
    id: id(),
    environmentId: environmentId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('product_groups_environment_code').on(t.environmentId, t.code)],
);

export const products = pgTable(
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

export const productSizes = pgTable(
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

export const sets = pgTable(
  'sets',
  {
    id: id(),
    environmentId: environmentId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('sets_environment_code').on(t.environmentId, t.code)],
);

export const setItems = pgTable(
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
