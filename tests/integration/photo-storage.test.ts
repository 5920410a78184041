import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparePhoto } from '@/lib/photo-processing';
import { createFileStorage } from '@/lib/storage';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ratwise-storage-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('file storage', () => {
  it('stores, reads back and deletes an object under its key', async () => {
    const storage = createFileStorage(dir);
    const bytes = new Uint8Array([1, 2, 3, 250]);
    await storage.putObject('rats/12/abc.png', bytes);
    expect(new Uint8Array((await storage.getObject('rats/12/abc.png')) ?? [])).toEqual(bytes);
    await storage.deleteObject('rats/12/abc.png');
    expect(await storage.getObject('rats/12/abc.png')).toBeNull();
  });

  it('leaves no temporary file behind and overwrites an existing key', async () => {
    const storage = createFileStorage(dir);
    await storage.putObject('rats/13/a.webp', new Uint8Array([1]));
    await storage.putObject('rats/13/a.webp', new Uint8Array([2]));
    expect(await readdir(path.join(dir, 'rats', '13'))).toEqual(['a.webp']);
    expect([...((await storage.getObject('rats/13/a.webp')) ?? [])]).toEqual([2]);
  });

  it('deleting a missing object is not an error', async () => {
    await expect(createFileStorage(dir).deleteObject('rats/99/none.png')).resolves.toBeUndefined();
  });

  it('refuses keys that could reach outside the storage folder', async () => {
    const storage = createFileStorage(dir);
    for (const key of ['../secret', 'rats/../../etc/passwd', '/etc/passwd', 'rats//x', '']) {
      await expect(storage.putObject(key, new Uint8Array([1]))).rejects.toThrow(/Invalid storage key/);
    }
  });
});

describe('photo preparation', () => {
  const png = () => sharp({ create: { width: 800, height: 600, channels: 3, background: '#a0522d' } }).png().toBuffer();

  it('accepts a PNG by its bytes and makes a 320px WebP thumbnail', async () => {
    const prepared = await preparePhoto(await png());
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.contentType).toBe('image/png');
    expect(await sharp(prepared.thumbnail).metadata()).toMatchObject({ format: 'webp', width: 320, height: 240 });
  });

  it('strips the metadata a phone photo carries (it can hold the foster’s location)', async () => {
    const withExif = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#fff' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'Fran Foster, Headingley' } })
      .toBuffer();
    expect((await sharp(withExif).metadata()).exif).toBeDefined();
    const prepared = await preparePhoto(withExif);
    expect(prepared.ok && (await sharp(prepared.original).metadata()).exif).toBeUndefined();
  });

  it('refuses a file that is not an image, whatever its name says', async () => {
    const prepared = await preparePhoto(new TextEncoder().encode('<svg>not really a jpeg</svg> '.repeat(10)));
    expect(prepared).toEqual({ ok: false, reason: expect.stringMatching(/not a photo Ratwise can read|JPEG, PNG or WebP/) });
  });

  it('refuses an image type other than JPEG, PNG or WebP', async () => {
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).gif().toBuffer();
    expect(await preparePhoto(gif)).toEqual({ ok: false, reason: 'That file is a GIF image: Ratwise takes JPEG, PNG or WebP photos.' });
  });
});
