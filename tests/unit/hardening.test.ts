import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { csvSafe } from '@/lib/csv';
import { contentSecurityPolicy } from '@/lib/security-headers';
import { preparePhoto } from '@/lib/photo-processing';

/** A small real PNG whose header is rewritten to claim width × height (a decompression bomb's shape). */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#888' } }).png().toBuffer();
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe('CSV export', () => {
  it('neutralises a formula after a separator a spreadsheet may split on', () => {
    expect(csvSafe('foo;=1+1')).toBe(`foo;'=1+1`);
    expect(csvSafe('a,@SUM(A1)')).toBe(`a,'@SUM(A1)`);
    expect(csvSafe('x;\t=HYPERLINK("http://evil")')).toBe(`x;\t'=HYPERLINK("http://evil")`);
  });

  it('leaves ordinary text with separators alone', () => {
    expect(csvSafe('Fran; Robin, and Sam')).toBe('Fran; Robin, and Sam');
  });
});

describe('photo uploads', () => {
  it('refuses an image larger than a phone camera makes (50 megapixels) before decoding it', async () => {
    const result = await preparePhoto(await pngClaiming(10_000, 10_000));
    expect(result).toEqual({ ok: false, reason: 'That image is 100 megapixels: Ratwise takes photos up to 50 megapixels, as a phone camera makes.' });
  });
});

describe('content security policy', () => {
  it('lets scripts run only with the response’s nonce, never eval, in production', () => {
    const policy = contentSecurityPolicy('abc123', false);
    expect(policy).toContain(`script-src 'self' 'nonce-abc123' 'strict-dynamic'`);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('forbids framing the app anywhere', () => {
    expect(contentSecurityPolicy('n', false)).toContain(`frame-ancestors 'none'`);
  });
});
