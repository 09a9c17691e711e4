import { checkedOf, environmentIdOf } from '../context.js';
import type { Step } from '../step.js';

/** Supplier admins enter every customer environment as users without a password of their own there. */
export const leverancieradminsStep: Step = {
  id: 'leverancieradmins',
  async run(ctx, db) {
    const environmentId = environmentIdOf(ctx);
    for (const admin of checkedOf(ctx).supplierAdmins) {
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
