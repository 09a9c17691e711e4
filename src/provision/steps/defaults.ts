import { CATEGORY_IDS } from '../../klant/categories.js';
import { portalOf } from '../../klant/schema.js';
import { environmentIdOf } from '../context.js';
import type { Step } from '../step.js';

/** Roles first: the default permissions refer to them. Categories that will be copied get no defaults. */
export const defaultsStep: Step = {
  id: 'defaults',
  async run(ctx, db) {
    const environmentId = environmentIdOf(ctx);
    await db.createStandardRoles(environmentId);
    const copied = new Set(portalOf(ctx.form).copy);
    for (const category of CATEGORY_IDS) {
      if (!copied.has(category)) await db.createCategoryDefaults(environmentId, category);
    }
  },
};
