/**
 * One real PostgreSQL server for the whole test run, so every test that touches the database can run on
 * both databases. Each test makes its own database on it. The teardown stops it, so nothing but vitest
 * decides the run's exit status.
 */
import type { TestProject } from 'vitest/node';
import { startServer } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresPort: number;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer();
  project.provide('postgresPort', server.port);
  return () => server.stop();
}
