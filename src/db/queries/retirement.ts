/** Retiring and reactivating an environment, and reading the audit trail back. */
import { and, desc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { Repositories } from '../ports.js';
import { written, type Engine } from './engine.js';

export type RetirementRepositories = Pick<Repositories, 'setEnvironmentRetired' | 'auditEntries'>;

export function retirementRepositories(engine: Engine): RetirementRepositories {
  const { db } = engine;
  const { auditLog, environments } = engine.tables;

  return {
    async setEnvironmentRetired(environmentId, retired) {
      const changed = await written(
        db
          .update(environments)
          .set({ retiredAt: retired?.at ?? null, retiredBy: retired?.by ?? null })
          .where(
            and(
              eq(environments.id, environmentId),
              retired ? isNull(environments.retiredAt) : isNotNull(environments.retiredAt),
            ),
          ),
      );
      return changed > 0;
    },

    async auditEntries({ environmentId, action, limit }) {
      const conditions: SQL[] = [];
      if (environmentId !== null) conditions.push(eq(auditLog.environmentId, environmentId));
      if (action !== null) conditions.push(eq(auditLog.action, action));
      return (
        db
          .select({
            at: auditLog.at,
            actor: auditLog.actor,
            action: auditLog.action,
            acro: environments.acro,
            input: auditLog.input,
          })
          .from(auditLog)
          .leftJoin(environments, eq(environments.id, auditLog.environmentId))
          .where(and(...conditions))
          // `at` has millisecond precision and one command can write several records: the id keeps their order.
          .orderBy(desc(auditLog.at), desc(auditLog.id))
          .limit(limit)
      );
    },
  };
}
