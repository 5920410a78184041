import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { connect } from '../../db/connect';
import { databaseUrl, dropDatabase, withAdmin } from './helpers/test-db';

/**
 * Migrates ONE database per run and tells the test files where it is:
 * - PGlite (default): an in-memory instance, migrated, dumped to a tarball in a temp folder;
 *   each file loads its own copy (≈ 0.6 s instead of 2-5 s for a fresh migrate).
 * - PostgreSQL (TEST_DATABASE_URL=postgres://…/entry_db): a uniquely named template database;
 *   each file creates its own database from it. Teardown drops every database of this run.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL?.trim();
  return url ? setupPostgres(project, url) : setupPglite(project);
}

async function setupPglite(project: TestProject) {
  const started = Date.now();
  const folder = await mkdtemp(path.join(tmpdir(), 'ratwise-vitest-'));
  try {
    const connection = await connect({ memory: true });
    try {
      await connection.migrate();
      // connect() hides the PGlite client; drizzle keeps it as $client.
      const client = (connection.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
      const tarball = await client.dumpDataDir('none');
      const snapshotPath = path.join(folder, 'migrated.tar');
      await writeFile(snapshotPath, Buffer.from(await tarball.arrayBuffer()));
      project.provide('ratwiseTestDb', { driver: 'pglite', snapshotPath });
    } finally {
      await connection.close();
    }
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  log(`PGlite template migrated in ${Date.now() - started} ms`);
  return async () => {
    await rm(folder, { recursive: true, force: true });
  };
}

async function setupPostgres(project: TestProject, adminUrl: string) {
  const started = Date.now();
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const template = `ratwise_tpl_${runId}`;
  const copyPrefix = `ratwise_t_${runId}_`;

  const dropEverything = () =>
    withAdmin(adminUrl, async (admin) => {
      const rows = await admin<{ datname: string }[]>`
        select datname from pg_database
        where datname = ${template} or left(datname, ${copyPrefix.length}) = ${copyPrefix}`;
      for (const { datname } of rows) await dropDatabase(admin, datname);
    });

  try {
    await withAdmin(adminUrl, (admin) => admin.unsafe(`create database "${template}"`));
    const connection = await connect({ url: databaseUrl(adminUrl, template) });
    try {
      await connection.migrate();
    } finally {
      await connection.close();
    }
  } catch (error) {
    await dropEverything().catch(() => {});
    throw error;
  }
  project.provide('ratwiseTestDb', { driver: 'postgres', adminUrl, template, copyPrefix });
  log(`PostgreSQL template ${template} migrated in ${Date.now() - started} ms`);
  return dropEverything;
}

function log(message: string) {
  console.log(`[integration] ${message}`);
}
