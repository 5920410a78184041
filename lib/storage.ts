import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getEnv } from '@/lib/env';

/**
 * Where uploaded files live. The app only ever calls putObject / getObject / deleteObject with
 * a key such as `rats/12/3f2a….webp`; this file-system implementation is the one place to swap
 * for object storage (S3, R2, GCS…) when a rescue runs several app instances.
 */
export type ObjectStorage = {
  putObject(key: string, bytes: Uint8Array): Promise<void>;
  /** The stored bytes, or null when there is no object under the key. */
  getObject(key: string): Promise<Buffer | null>;
  /** Removes the object; a missing one is not an error. */
  deleteObject(key: string): Promise<void>;
};

const KEY_PATTERN = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_.-]*)*$/i;

/** Keys are relative paths of plain segments: nothing can reach outside the storage folder. */
export function assertValidKey(key: string): void {
  if (!KEY_PATTERN.test(key) || key.split('/').some((segment) => segment === '..' || segment === '.') || key.length > 300) {
    throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
  }
}

function isMissing(error: unknown): boolean {
  return (error as { code?: string }).code === 'ENOENT';
}

/** Storage in a folder on this machine (default: DATA_DIR/uploads). */
export function createFileStorage(root: string): ObjectStorage {
  const pathOf = (key: string) => {
    assertValidKey(key);
    return path.join(root, ...key.split('/'));
  };
  return {
    async putObject(key, bytes) {
      const target = pathOf(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, target);
    },
    async getObject(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async deleteObject(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}

let storage: ObjectStorage | undefined;

function appStorage(): ObjectStorage {
  storage ??= createFileStorage(path.resolve(getEnv().uploadsDir));
  return storage;
}

export function putObject(key: string, bytes: Uint8Array): Promise<void> {
  return appStorage().putObject(key, bytes);
}

export function getObject(key: string): Promise<Buffer | null> {
  return appStorage().getObject(key);
}

export function deleteObject(key: string): Promise<void> {
  return appStorage().deleteObject(key);
}
