import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * Two processes on one embedded data folder each believe they own it and silently lose each
 * other's writes (PGlite does not lock its folder). So whoever opens the folder (the app,
 * `db:migrate`, `db:seed`, `backup`, `restore`) first takes `<folder>.lock`, a file holding its
 * process id and start time. While that process lives, everyone else is refused; once it is gone (a crash,
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

type Holder = { pid: number; started: string | null };

/** When a process started (Linux /proc), so an id reused after a reboot is not taken for the holder. */
function startedAt(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false; // EPERM: alive, owned by someone else
  }
  const started = startedAt(holder.pid);
  return holder.started === null || started === null || started === holder.started;
}

function readHolder(file: string): Holder | null {
  try {
    const [pidText, started] = readFileSync(file, 'utf8').trim().split(/\s+/);
    const pid = Number.parseInt(pidText, 10);
    return Number.isSafeInteger(pid) && pid > 0 ? { pid, started: started ?? null } : null;
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
      writeSync(fd, `${process.pid} ${startedAt(process.pid) ?? ''}\n`);
      closeSync(fd);
      return { file, release: releaser(file) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    // Our own process opening the folder again (a module reloaded in development) is no conflict.
    if (holder?.pid === process.pid) return { file, release: releaser(file) };
    if (holder !== null && isAlive(holder)) throw new DataFolderLockedError(path.resolve(folder), holder.pid);
    // The holder is gone (or the file is half-written by a crash): take the lock over.
    try {
      unlinkSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  throw new DataFolderLockedError(path.resolve(folder), readHolder(file)?.pid ?? 0);
}

function releaser(file: string): () => void {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (readHolder(file)?.pid === process.pid) {
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
