import type { TestProject } from 'vitest/node';
import { openPostgres } from '../../src-main/core/db/postgres/connection';
import { migratePostgres } from '../../src-main/core/db/postgres/migrate';
import { POSTGRES_MIGRATIONS } from '../../src-main/core/db/postgres/migrations';
import { startPostgres } from './postgres-server';

/** The migrated database every test's database is copied from (CREATE DATABASE … TEMPLATE). */
export const TEMPLATE_DATABASE = 'regiondesk_template';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

/**
 * Starts a throwaway PostgreSQL cluster for the head-office tests' PostgreSQL half and migrates a
 * template database once, so each test's own database is a fast file copy of it.
 */
export default async function setup(project: TestProject) {
  const server = await startPostgres();
  try {
    const admin = openPostgres(server.adminUrl, 1);
    await admin.pool.query(`create database ${TEMPLATE_DATABASE}`);
    await admin.pool.end();
    const template = openPostgres(server.urlFor(TEMPLATE_DATABASE), 1);
    await migratePostgres(template.db, POSTGRES_MIGRATIONS);
    await template.pool.end();
  } catch (err) {
    server.stop();
    throw err;
  }
  project.provide('postgresAdminUrl', server.adminUrl);
  return () => server.stop();
}
