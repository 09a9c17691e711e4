import { auditInput } from '../audit-input.js';
import { environmentIdOf } from '../context.js';
import type { Step } from '../step.js';

export const activateStep: Step = {
  id: 'activate',
  async run(ctx, db) {
    const environmentId = environmentIdOf(ctx);
    await db.activateEnvironment(environmentId);
    await db.recordAudit({
      environmentId,
      action: 'klant.create',
      actor: ctx.operator,
      at: ctx.now.toISOString(),
      input: auditInput(ctx),
    });
  },
};
