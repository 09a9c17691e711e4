import { environmentUrl, orderNumberPrefix } from '../../klant/acro.js';
import { checkedOf } from '../context.js';
import type { Step } from '../step.js';

export const environmentStep: Step = {
  id: 'environment',
  async run(ctx, db) {
    const { acro, name, referenceCode } = ctx.form.company;
    ctx.environmentId = await db.createEnvironment({
      acro,
      name,
      referenceCode,
      url: environmentUrl(ctx.supplier, acro),
      orderNumberPrefix: orderNumberPrefix(acro),
      templateId: checkedOf(ctx).template.id,
      createdAt: ctx.now.toISOString(),
      createdBy: ctx.operator,
    });
  },
};
