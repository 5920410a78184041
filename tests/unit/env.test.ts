import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';

const SECRET = 'a-test-secret-that-is-at-least-32-characters-long';

describe('parseEnv', () => {
  it('refuses a DATABASE_URL that is not a postgres URL, naming it', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://root@localhost/ratwise' })).toThrow(/DATABASE_URL/);
  });

  it('accepts postgres:// and postgresql:// URLs', () => {
    expect(parseEnv({ DATABASE_URL: 'postgres://u@db:5432/r' }).DATABASE_URL).toBe('postgres://u@db:5432/r');
    expect(parseEnv({ DATABASE_URL: 'postgresql://u@db/r' }).DATABASE_URL).toBe('postgresql://u@db/r');
  });

  it('treats an empty DATABASE_URL as unset (PGlite)', () => {
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('refuses production without NEXTAUTH_SECRET, naming it', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/NEXTAUTH_SECRET/);
  });

  it('refuses a NEXTAUTH_SECRET shorter than 32 characters', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', NEXTAUTH_SECRET: 'short' })).toThrow(/NEXTAUTH_SECRET/);
  });

  it('names a missing production secret even when another variable is malformed too', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'nope' })).toThrow(/DATABASE_URL[\s\S]*NEXTAUTH_SECRET/);
  });

  it('accepts production with a long enough secret', () => {
    expect(parseEnv({ NODE_ENV: 'production', NEXTAUTH_SECRET: SECRET }).NEXTAUTH_SECRET).toBe(SECRET);
  });

  it('names every malformed variable at once', () => {
    let message = '';
    try {
      parseEnv({ DATABASE_URL: 'nope', NEXTAUTH_URL: 'localhost:3000', RATWISE_SEED_DEMO: 'yes' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/DATABASE_URL/);
    expect(message).toMatch(/NEXTAUTH_URL/);
    expect(message).toMatch(/RATWISE_SEED_DEMO/);
  });

  it('defaults DATA_DIR to ./data with PGlite in ./data/pglite', () => {
    const env = parseEnv({});
    expect(env.DATA_DIR).toBe('./data');
    expect(env.pgliteDir).toBe('./data/pglite');
  });

  it('puts PGlite under a custom DATA_DIR, trailing slash or not', () => {
    expect(parseEnv({ DATA_DIR: '/srv/ratwise/' }).pgliteDir).toBe('/srv/ratwise/pglite');
    expect(parseEnv({ DATA_DIR: '.data-e2e/demo' }).pgliteDir).toBe('.data-e2e/demo/pglite');
  });

  it('does not seed the demo rescue unless asked', () => {
    expect(parseEnv({}).RATWISE_SEED_DEMO).toBe('false');
    expect(parseEnv({ RATWISE_SEED_DEMO: 'true' }).RATWISE_SEED_DEMO).toBe('true');
  });

  it('takes the moment the demo counts back from as a date and time, and names anything else', () => {
    expect(parseEnv({ RATWISE_DEMO_AS_OF: '2026-11-24T23:59:30.000Z' }).RATWISE_DEMO_AS_OF).toBe('2026-11-24T23:59:30.000Z');
    expect(parseEnv({}).RATWISE_DEMO_AS_OF).toBeUndefined();
    expect(() => parseEnv({ RATWISE_DEMO_AS_OF: 'yesterday' })).toThrow(/RATWISE_DEMO_AS_OF: must be a date and time/);
  });
});
