/**
 * Where each copy category lives, and how it is copied: entirely inside the database as INSERT … SELECT,
 * because a real source can hold 100,000 assortment rows. New rows get new ids; references are remapped by
 * joining the source row's parent to the target environment's parent with the same natural key (role key,
 * class code, group code, article number, set code). Rows are copied in source id order, so the copy keeps
 * the source's order.
 */
import { and, asc, eq, getTableColumns, type Column, type SQL } from 'drizzle-orm';
import { alias, type AnySQLiteTable } from 'drizzle-orm/sqlite-core';
import type { CategoryId } from '../../klant/categories.js';
import type { Tables } from '../schema/tables.js';
import { valueAs, written, type Engine } from './engine.js';

export type CategoryTable = Tables[
  | 'settings'
  | 'rolePermissions'
  | 'customFieldClasses'
  | 'customFieldAttributes'
  | 'orderStatuses'
  | 'returnReasons'
  | 'orderCosts'
  | 'employmentTypes'
  | 'functions'
  | 'productGroups'
  | 'products'
  | 'productSizes'
  | 'sets'
  | 'setItems'];

/** A copied row's reference to a parent row, which the target environment knows by the same natural key. */
interface Reference {
  parent: Tables['roles' | 'customFieldClasses' | 'productGroups' | 'products' | 'sets'];
  key: 'key' | 'code' | 'articleNumber';
}

/**
 * One table of a category: `only` narrows a shared table to the category's rows; `references` names the columns
 * that point at a parent row.
 */
export interface CategoryPart {
  table: CategoryTable;
  only?: SQL;
  references?: Record<string, Reference>;
}

/** The tables that hold each category, parents first. */
export function categoryTables(t: Tables): Record<CategoryId, readonly CategoryPart[]> {
  const settingsOf = (category: CategoryId) => [{ table: t.settings, only: eq(t.settings.category, category) }];
  const product: Reference = { parent: t.products, key: 'articleNumber' };
  return {
    customerSettings: settingsOf('customerSettings'),
    emailSettings: settingsOf('emailSettings'),
    languageSettings: settingsOf('languageSettings'),
    validationSettings: settingsOf('validationSettings'),
    permissions: [{ table: t.rolePermissions, references: { roleId: { parent: t.roles, key: 'key' } } }],
    customFields: [
      { table: t.customFieldClasses },
      { table: t.customFieldAttributes, references: { classId: { parent: t.customFieldClasses, key: 'code' } } },
    ],
    orderStatuses: [{ table: t.orderStatuses }],
    returnReasons: [{ table: t.returnReasons }],
    orderCosts: [{ table: t.orderCosts }],
    employmentTypes: [{ table: t.employmentTypes }],
    functions: [{ table: t.functions }],
    assortment: [
      { table: t.productGroups },
      { table: t.products, references: { groupId: { parent: t.productGroups, key: 'code' } } },
      { table: t.productSizes, references: { productId: product } },
    ],
    // Needs the assortment in the target first (CATEGORY_REQUIRES): set items point at its products.
    sets: [
      { table: t.sets },
      { table: t.setItems, references: { setId: { parent: t.sets, key: 'code' }, productId: product } },
    ],
  };
}

const column = (table: object, name: string) => (table as Record<string, Column>)[name]!;

/**
 * Copies the rows of one category table in `source` to `target`; returns the number of rows written. Each
 * column in `references` points at the target's parent with the same natural key: the source row's parent
 * joined to it, aliased per column. The spread keeps the table's column order, which insert-select needs;
 * drizzle cannot type that over a union of tables, hence getSQL().
 */
export async function copyRows(
  { db, newId }: Engine,
  { table, only, references = {} }: CategoryPart,
  source: number,
  target: number,
): Promise<number> {
  const remapped: Record<string, Column> = {};
  const joins: [AnySQLiteTable, SQL | undefined][] = [];
  for (const [name, { parent, key }] of Object.entries(references)) {
    const reference = column(table, name);
    // alias() is the same proxy in every dialect, so SQLite's serves PostgreSQL's tables too.
    const from = alias(parent, `source_${reference.name}`);
    const to = alias(parent, `target_${reference.name}`);
    joins.push([from, eq(from.id, reference)]);
    joins.push([to, and(eq(to.environmentId, target), eq(column(to, key), column(from, key)))]);
    remapped[name] = to.id;
  }
  const environmentId = valueAs(table.environmentId, target);
  let rows = db
    .select({ ...getTableColumns(table), id: newId(table), environmentId, ...remapped })
    .from(table)
    .$dynamic();
  for (const [joined, on] of joins) rows = rows.innerJoin(joined, on);
  const ordered = rows.where(and(eq(table.environmentId, source), only)).orderBy(asc(table.id));
  return written(db.insert(table).select(ordered.getSQL()));
}
