/**
 * Where each copy category lives, and how it is copied: entirely inside the database as INSERT … SELECT,
 * because a real source can hold 100,000 assortment rows. New rows get new ids; references are remapped by
 * joining the source row's parent to the target environment's parent with the same natural key (role key,
 * class code, group code, article number, set code). Rows are copied in source id order, so the copy keeps
 * the source's order.
 */
import { and, asc, eq, getTableColumns, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
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

/** The tables that hold a category, parents first; `only` narrows a shared table to the category's rows. */
export type CategoryTables = Record<CategoryId, readonly { table: CategoryTable; only?: SQL }[]>;

export function categoryTables(t: Tables): CategoryTables {
  const settingsOf = (category: CategoryId) => [{ table: t.settings, only: eq(t.settings.category, category) }];
  return {
    customerSettings: settingsOf('customerSettings'),
    emailSettings: settingsOf('emailSettings'),
    languageSettings: settingsOf('languageSettings'),
    validationSettings: settingsOf('validationSettings'),
    permissions: [{ table: t.rolePermissions }],
    customFields: [{ table: t.customFieldClasses }, { table: t.customFieldAttributes }],
    orderStatuses: [{ table: t.orderStatuses }],
    returnReasons: [{ table: t.returnReasons }],
    orderCosts: [{ table: t.orderCosts }],
    employmentTypes: [{ table: t.employmentTypes }],
    functions: [{ table: t.functions }],
    assortment: [{ table: t.productGroups }, { table: t.products }, { table: t.productSizes }],
    sets: [{ table: t.sets }, { table: t.setItems }],
  };
}

/** Copies one category from `source` to `target`; returns the number of rows written. */
export function categoryCopier(engine: Engine, tables: CategoryTables) {
  const { db, newId } = engine;
  const { customFieldAttributes, customFieldClasses, productGroups, products, productSizes } = engine.tables;
  const { rolePermissions, roles, setItems, sets } = engine.tables;
  // alias() is the same proxy in every dialect, so SQLite's serves PostgreSQL's tables too.
  const sourceRole = alias(roles, 'source_role');
  const targetRole = alias(roles, 'target_role');
  const sourceClass = alias(customFieldClasses, 'source_class');
  const targetClass = alias(customFieldClasses, 'target_class');
  const sourceGroup = alias(productGroups, 'source_group');
  const targetGroup = alias(productGroups, 'target_group');
  const sourceProduct = alias(products, 'source_product');
  const targetProduct = alias(products, 'target_product');
  const sourceSet = alias(sets, 'source_set');
  const targetSet = alias(sets, 'target_set');

  return async (category: CategoryId, source: number, target: number): Promise<number> => {
    /**
     * The rows of a table that points at no other category row. The spread keeps the table's column order,
     * which insert-select needs; drizzle cannot type that over a union of tables, hence getSQL().
     */
    const ownRows = ({ table, only }: { table: CategoryTable; only?: SQL }) =>
      written(
        db.insert(table).select(
          db
            .select({
              ...getTableColumns(table),
              id: newId(table),
              environmentId: valueAs(table.environmentId, target),
            })
            .from(table)
            .where(and(eq(table.environmentId, source), only))
            .orderBy(asc(table.id))
            .getSQL(),
        ),
      );

    const sameProductInTarget = and(
      eq(targetProduct.environmentId, target),
      eq(targetProduct.articleNumber, sourceProduct.articleNumber),
    );

    switch (category) {
      case 'permissions':
        return written(
          db.insert(rolePermissions).select(
            db
              .select({
                ...getTableColumns(rolePermissions),
                id: newId(rolePermissions),
                environmentId: valueAs(rolePermissions.environmentId, target),
                roleId: targetRole.id,
              })
              .from(rolePermissions)
              .innerJoin(sourceRole, eq(sourceRole.id, rolePermissions.roleId))
              .innerJoin(targetRole, and(eq(targetRole.environmentId, target), eq(targetRole.key, sourceRole.key)))
              .where(eq(rolePermissions.environmentId, source))
              .orderBy(asc(rolePermissions.id)),
          ),
        );

      case 'customFields':
        return (
          (await ownRows({ table: customFieldClasses })) +
          (await written(
            db.insert(customFieldAttributes).select(
              db
                .select({
                  ...getTableColumns(customFieldAttributes),
                  id: newId(customFieldAttributes),
                  environmentId: valueAs(customFieldAttributes.environmentId, target),
                  classId: targetClass.id,
                })
                .from(customFieldAttributes)
                .innerJoin(sourceClass, eq(sourceClass.id, customFieldAttributes.classId))
                .innerJoin(
                  targetClass,
                  and(eq(targetClass.environmentId, target), eq(targetClass.code, sourceClass.code)),
                )
                .where(eq(customFieldAttributes.environmentId, source))
                .orderBy(asc(customFieldAttributes.id)),
            ),
          ))
        );

      case 'assortment':
        return (
          (await ownRows({ table: productGroups })) +
          (await written(
            db.insert(products).select(
              db
                .select({
                  ...getTableColumns(products),
                  id: newId(products),
                  environmentId: valueAs(products.environmentId, target),
                  groupId: targetGroup.id,
                })
                .from(products)
                .innerJoin(sourceGroup, eq(sourceGroup.id, products.groupId))
                .innerJoin(
                  targetGroup,
                  and(eq(targetGroup.environmentId, target), eq(targetGroup.code, sourceGroup.code)),
                )
                .where(eq(products.environmentId, source))
                .orderBy(asc(products.id)),
            ),
          )) +
          (await written(
            db.insert(productSizes).select(
              db
                .select({
                  ...getTableColumns(productSizes),
                  id: newId(productSizes),
                  environmentId: valueAs(productSizes.environmentId, target),
                  productId: targetProduct.id,
                })
                .from(productSizes)
                .innerJoin(sourceProduct, eq(sourceProduct.id, productSizes.productId))
                .innerJoin(targetProduct, sameProductInTarget)
                .where(eq(productSizes.environmentId, source))
                .orderBy(asc(productSizes.id)),
            ),
          ))
        );

      // Needs the assortment in the target first (CATEGORY_REQUIRES): set items point at its products.
      case 'sets':
        return (
          (await ownRows({ table: sets })) +
          (await written(
            db.insert(setItems).select(
              db
                .select({
                  ...getTableColumns(setItems),
                  id: newId(setItems),
                  environmentId: valueAs(setItems.environmentId, target),
                  setId: targetSet.id,
                  productId: targetProduct.id,
                })
                .from(setItems)
                .innerJoin(sourceSet, eq(sourceSet.id, setItems.setId))
                .innerJoin(targetSet, and(eq(targetSet.environmentId, target), eq(targetSet.code, sourceSet.code)))
                .innerJoin(sourceProduct, eq(sourceProduct.id, setItems.productId))
                .innerJoin(targetProduct, sameProductInTarget)
                .where(eq(setItems.environmentId, source))
                .orderBy(asc(setItems.id)),
            ),
          ))
        );

      default: {
        let total = 0;
        for (const table of tables[category]) total += await ownRows(table);
        return total;
      }
    }
  };
}
