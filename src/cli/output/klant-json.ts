/** The JSON results of `klant create`, exactly as the contract fixes them. */
import type { KlantCreated, KlantPlan } from '../../app/create-klant.js';

export function klantResultJson(r: KlantCreated, showPassword: boolean) {
  return {
    ok: true,
    klant: r.klant,
    klantadmin: r.klantadmin && {
      username: r.klantadmin.username,
      email: r.klantadmin.email,
      role: r.klantadmin.role,
      temporaryPassword: showPassword ? r.klantadmin.temporaryPassword : null,
      passwordExpiresAt: r.klantadmin.passwordExpiresAt,
      mustChangePassword: true,
    },
    leverancieradmins: r.leverancieradmins,
    copied: r.copied,
    steps: r.steps,
    warnings: r.warnings,
  };
}

export function planJson(plan: KlantPlan) {
  return { ok: true, dryRun: true, steps: plan.steps, copy: plan.copy, warnings: plan.warnings };
}
