/** The JSON results of `klant create` and the klantadmin commands, exactly as the contract fixes them. */
import type { KlantCreated, KlantPlan } from '../../app/create-klant.js';
import type { KlantadminResult } from '../../app/klantadmins.js';

export function klantResultJson(r: KlantCreated, showPassword: boolean) {
  return {
    ok: true,
    klant: r.klant,
    klantadmin: r.klantadmin && klantadminJson(r.klantadmin, showPassword),
    leverancieradmins: r.leverancieradmins,
    copied: r.copied,
    steps: r.steps,
    warnings: r.warnings,
  };
}

/** A klantadmin as the create, `klantadmin add` and `klantadmin reset-password` print it. */
export function klantadminJson(
  k: { username: string; email: string; temporaryPassword: string | null; passwordExpiresAt: string | null },
  showPassword: boolean,
) {
  return {
    username: k.username,
    email: k.email,
    role: 'klantadmin' as const,
    temporaryPassword: showPassword ? k.temporaryPassword : null,
    passwordExpiresAt: k.passwordExpiresAt,
    mustChangePassword: true,
  };
}

/** The result of `klantadmin add` and `klantadmin reset-password`. */
export function klantadminResultJson(r: KlantadminResult, showPassword: boolean) {
  return {
    ok: true,
    ...(r.dryRun ? { dryRun: true } : {}),
    acro: r.acro,
    klantadmin: klantadminJson(r.klantadmin, showPassword),
  };
}

export function planJson(plan: KlantPlan) {
  return { ok: true, dryRun: true, steps: plan.steps, copy: plan.copy, warnings: plan.warnings };
}
