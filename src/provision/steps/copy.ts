import { portalOf } from '../../klant/schema.js';
import { messages as m } from '../../messages/index.js';
import { checkedOf, environmentIdOf } from '../context.js';
import type { Step } from '../step.js';

export const copyStep: Step = {
  id: 'copy',
  skip: (ctx) => (checkedOf(ctx).source === null ? m.skip.noCopy : null),
  async run(ctx, db) {
    const source = checkedOf(ctx).source!;
    for (const category of portalOf(ctx.form).copy) {
      ctx.copied[category] = await db.copyCategory(source.id, environmentIdOf(ctx), category);
    }
  },
};
