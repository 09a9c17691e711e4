import { messages as m } from '../../messages/index.js';
import { checkedOf, environmentIdOf } from '../context.js';
import type { Step } from '../step.js';

export const filesStep: Step = {
  id: 'files',
  skip: (ctx) => (checkedOf(ctx).files.length === 0 ? m.skip.noFiles : null),
  async run(ctx, db) {
    const environmentId = environmentIdOf(ctx);
    for (const file of checkedOf(ctx).files) {
      ctx.fileIds[file.kind] = await db.storeFile(environmentId, file);
    }
    if (ctx.fileIds.logo !== undefined) await db.setEnvironmentLogo(environmentId, ctx.fileIds.logo);
  },
};
