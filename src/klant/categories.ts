/**
 * The categories of a customer environment's data that "copy settings from" can take over. The ids are part
 * of the public contract (`portal.copy`); their order is the order they are shown and copied in.
 */
export const CATEGORY_IDS = [
  'customerSettings',
  'emailSettings',
  'languageSettings',
  'permissions',
  'customFields',
  'validationSettings',
  'orderStatuses',
  'returnReasons',
  'orderCosts',
  'employmentTypes',
  'functions',
  'assortment',
  'sets',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Configuration gets default data in every new environment; master data starts empty unless copied. */
export const MASTER_DATA_CATEGORIES: ReadonlySet<CategoryId> = new Set([
  'employmentTypes',
  'functions',
  'assortment',
  'sets',
]);

/** A category whose rows point at another category's rows can only be copied together with it. */
export const CATEGORY_REQUIRES: Partial<Record<CategoryId, CategoryId>> = { sets: 'assortment' };

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && (CATEGORY_IDS as readonly string[]).includes(value);
}
