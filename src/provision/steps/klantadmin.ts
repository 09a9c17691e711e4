import { newTemporaryCredential, temporaryPasswordExpiry } from '../../klant/password.js';
import { messages as m } from '../../messages/index.js';
import { environmentIdOf } from '../context.js';
import type { Step } from '../step.js';

export const klantadminStep: Step = {
  id: 'klantadmin',
  skip: (ctx) => (ctx.form.admin === null ? m.skip.noKlantadmin : null),
  async run(ctx, db) {
    const { username, email } = ctx.form.admin!;
    const { temporaryPassword, passwordHash } = await (ctx.credential ?? newTemporaryCredential());
    const passwordExpiresAt = temporaryPasswordExpiry(ctx.now).toISOString();
    await db.createUser(environmentIdOf(ctx), {
      username,
      email,
      role: 'klantadmin',
      supplierAdminId: null,
      passwordHash,
      passwordExpiresAt,
      mustChangePassword: true,
    });
    ctx.klantadmin = { username, email, temporaryPassword, passwordExpiresAt };
  },
};
