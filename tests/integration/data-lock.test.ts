import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import { lockFileFor } from '@/db/data-lock';

/** Runs an npm script's entry point as a real second process with DATA_DIR set to `dataFolder`. */
function runScript(script: string, dataFolder: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, DATA_DIR: dataFolder, DATABASE_URL: '', NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

// Always PGlite on disk: the lock guards the embedded data folder, whichever driver the suite runs.
describe('the embedded data folder is locked to one process', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'ratwise-lock-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a second process while the first holds the folder, and lets it in once the first has closed', { timeout: 120_000 }, async () => {
    const dataFolder = path.join(root, 'busy');
    const pgliteDir = path.join(dataFolder, 'pglite');
    const first = await connect({ dataDir: pgliteDir });
    let released = false;
    try {
      expect(readFileSync(lockFileFor(pgliteDir), 'utf8').split(' ')[0]).toBe(String(process.pid));
      const refused = await runScript('db/migrate.ts', dataFolder);
      expect(refused.code).toBe(1);
      expect(refused.output).toContain(`is in use by another Ratwise process (process id ${process.pid})`);
      expect(refused.output).toContain('stop the app (or the other command) first');
      await first.close();
      released = true;
      expect(existsSync(lockFileFor(pgliteDir))).toBe(false);
      const allowed = await runScript('db/migrate.ts', dataFolder);
      expect(allowed.output).toContain('Migrations applied (pglite).');
      expect(allowed.code).toBe(0);
    } finally {
      if (!released) await first.close();
    }
  });

  it('takes the lock over when the process that held it is gone', { timeout: 60_000 }, async () => {
    const pgliteDir = path.join(root, 'crashed', 'pglite');
    // A process that ended without releasing (kill -9): its id is in the file, and it no longer runs.
    const gone = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['-e', '0']);
      child.on('exit', () => resolve(child.pid as number));
    });
    mkdirSync(path.dirname(pgliteDir), { recursive: true });
    writeFileSync(lockFileFor(pgliteDir), `${gone}\n`);
    const connection = await connect({ dataDir: pgliteDir });
    try {
      expect(readFileSync(lockFileFor(pgliteDir), 'utf8').split(' ')[0]).toBe(String(process.pid));
    } finally {
      await connection.close();
    }
  });

  it('a live process with the holder’s id but a later start (an id reused after a reboot) does not hold the lock', { timeout: 60_000 }, async () => {
    const pgliteDir = path.join(root, 'rebooted', 'pglite');
    mkdirSync(path.dirname(pgliteDir), { recursive: true });
    // Our own parent is alive, but the file says it started at another moment.
    writeFileSync(lockFileFor(pgliteDir), `${process.ppid} 1\n`);
    const connection = await connect({ dataDir: pgliteDir });
    await connection.close();
  });

  it('db:seed and backup respect the lock too', { timeout: 60_000 }, async () => {
    const dataFolder = path.join(root, 'seed');
    const first = await connect({ dataDir: path.join(dataFolder, 'pglite') });
    try {
      for (const script of ['db/seed/index.ts', 'scripts/backup.ts']) {
        const refused = await runScript(script, dataFolder);
        expect(refused.code, script).toBe(1);
        expect(refused.output, script).toContain('is in use by another Ratwise process');
      }
    } finally {
      await first.close();
    }
  });
});
