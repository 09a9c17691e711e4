/**
 * A database with many environments, made in a moment: rows written straight through the repositories in one
 * transaction, instead of a thousand runs of the ten provisioning steps. Enough for what lists and searches
 * them; they hold no settings of their own.
 */
import { openDatabase } from '../../../src/db/open.js';

/** Adds `count` environments `K0001 — Klant 0001 B.V.` … to the SQLite file at `path`. */
export async function addEnvironments(path: string, count: number): Promise<void> {
  const db = await openDatabase(path);
  try {
    const [template] = await db.read.templates();
    await db.transaction(async (tx) => {
      for (let i = 1; i <= count; i++) {
        const number = String(i).padStart(4, '0');
        const id = await tx.createEnvironment({
          acro: `K${number}`,
          name: `Klant ${number} B.V.`,
          referenceCode: null,
          url: `https://acme.ecmanage.nl/k${number}`,
          orderNumberPrefix: `K${number}`,
          templateId: template!.id,
          createdAt: '2026-11-27T10:00:00.000Z',
          createdBy: 'jan',
        });
        await tx.activateEnvironment(id);
      }
    });
  } finally {
    await db.close();
  }
}
