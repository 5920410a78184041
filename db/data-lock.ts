import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * Two processes on one embedded data folder each believe they own it and silently lose each
 * other's writes (PGlite does not lock its folder). So whoever opens the folder (the app,
 * `db:migrate`, `db:seed`, `backup`, `restore`) first takes `<folder>.lock`, a file holding its
 * process id. While that process lives, everyone else is refused; once it is gone (a crash,
 * kill -9) the next process takes the lock over.
 */
export class DataFolderLockedError extends Error {
  constructor(
    readonly folder: string,
    readonly holderPid: number,
  ) {
    super(
      `The data folder ${folder} is in use by another Ratwise process (process id ${holderPid}). ` +
        'Only one process may open it at a time: stop the app (or the other command) first, then try again.',
    );
    this.name = 'DataFolderLockedError';
  }
}

export type DataFolderLock = { file: string; release: () => void };

/** Where the lock for a PGlite folder lives: beside it, because PGlite wants its own folder to itself. */
export function lockFileFor(folder: string): string {
  return `${path.resolve(folder).replace(/\/$/, '')}.lock`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by someone else
  }
}

function readHolder(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the folder's lock for this process, or throws DataFolderLockedError naming the live holder. */
export function acquireDataFolderLock(folder: string): DataFolderLock {
  const file = lockFileFor(folder);
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return { file, release: releaser(file) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    // Our own process opening the folder again (a module reloaded in development) is no conflict.
    if (holder === process.pid) return { file, release: releaser(file) };
    if (holder !== null && isAlive(holder)) throw new DataFolderLockedError(path.resolve(folder), holder);
    // The holder is gone (or the file is half-written by a crash): take the lock over.
    try {
      unlinkSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const holder = readHolder(file) ?? 0;
  throw new DataFolderLockedError(path.resolve(folder), holder);
}

function releaser(file: string): () => void {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (readHolder(file) === process.pid) {
      try {
        unlinkSync(file);
      } catch {
        // already gone
      }
    }
  };
  // A process that exits without closing the database still leaves the folder free.
  process.on('exit', release);
  return release;
}
