import { checkedOf, environmentIdOf } from '../context.js';
import type { Step } from '../step.js';

export const templateStep: Step = {
  id: 'template',
  async run(ctx, db) {
    await db.applyTemplate(environmentIdOf(ctx), checkedOf(ctx).template.id);
  },
};
