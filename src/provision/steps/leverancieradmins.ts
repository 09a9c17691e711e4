import { environmentIdOf } from '../context.js';
import type { Step } from '../step.js';

/** Supplier admins enter every customer environment as users without a password of their own there. */
export const leverancieradminsStep: Step = {
  id: 'leverancieradmins',
  async run(ctx, db) {
    const environmentId = environmentIdOf(ctx);
    // Read again inside the transaction: an admin added since the checks ran must be here too.
    await db.lockSupplierAdmins();
    const admins = await db.supplierAdmins();
    ctx.leverancieradmins = admins.map((a) => a.username);
    for (const admin of admins) {
      await db.createUser(environmentId, {
        username: admin.username,
        email: admin.email,
        role: 'leverancieradmin',
        supplierAdminId: admin.id,
        passwordHash: null,
        passwordExpiresAt: null,
        mustChangePassword: false,
      });
    }
  },
};
