import { environmentIdOf } from '../context.js';
import type { Step } from '../step.js';

/** The customer itself is the top department; the address and the files that can be changed later live here. */
export const departmentStep: Step = {
  id: 'department',
  async run(ctx, db) {
    await db.createRootDepartment(environmentIdOf(ctx), {
      name: ctx.form.company.name,
      address: ctx.form.address,
      emailLogoFileId: ctx.fileIds.emailLogo ?? null,
      sizeInstructionsFileId: ctx.fileIds.sizeInstructions ?? null,
    });
  },
};
