import { z } from 'zod';

/**
 * The only place that reads process.env. Parsed once; a missing or malformed variable stops
 * start-up with a message that names it.
 */
const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    DATA_DIR: z.string().min(1).default('./data'),
    UPLOADS_DIR: z.string().min(1).optional(),
    NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    NEXTAUTH_URL: z.url({ protocol: /^https?$/, message: 'must be a full http(s) URL such as http://localhost:3000' }).optional(),
    RATWISE_SEED_DEMO: z.enum(['true', 'false']).default('false'),
    RATWISE_DEMO_AS_OF: z.iso.datetime({ offset: true, message: 'must be a date and time such as 2026-06-11T09:00:00Z' }).optional(),
  });

export type Env = z.infer<typeof envSchema> & { uploadsDir: string; pgliteDir: string };

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  const lines = result.success ? [] : result.error.issues.map((i) => `  - ${i.path.join('.') || 'environment'}: ${i.message}`);
  // Checked apart from the schema so it is reported even when another variable is malformed too.
  if (source.NODE_ENV === 'production' && !source.NEXTAUTH_SECRET) {
    lines.push('  - NEXTAUTH_SECRET: is required in production (`npm start` creates one for you under the data folder)');
  }
  if (!result.success || lines.length > 0) {
    throw new Error(`Ratwise cannot start: bad environment variables\n${lines.join('\n')}`);
  }
  const env = result.data;
  return {
    ...env,
    pgliteDir: `${env.DATA_DIR.replace(/\/$/, '')}/pglite`,
    uploadsDir: env.UPLOADS_DIR ?? `${env.DATA_DIR.replace(/\/$/, '')}/uploads`,
  };
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The development fallback keeps `next dev` working without a .env; production refuses it. */
export function authSecret(): string {
  return getEnv().NEXTAUTH_SECRET ?? 'ratwise-development-secret-not-for-production-use';
}
