/**
 * Where the migrations are read at run time. Nothing copies SQL into dist/, so the one copy stays in
 * src/db/migrations/. The URL is relative to the module that holds it, so it must hold in every place this
 * code runs from: this file lies two levels below the package root as src/db/migrations-folder.ts (vitest,
 * tsx), and so does every file of the bundle, which scripts/build.js writes flat into dist/cli/.
 */
import { fileURLToPath } from 'node:url';

export function migrationsFolder(dialect: 'sqlite' | 'postgres'): string {
  return fileURLToPath(new URL(`../../src/db/migrations/${dialect}`, import.meta.url));
}
