import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// argon2id (the library default) with its memory-hard defaults: 19 MiB, 2 passes.
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// No 0/O, 1/l/I: a one-time password is read off a screen and typed on a phone.
const ONE_TIME_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random password an admin hands over once (about 80 bits), in groups of four: abcd-efgh-jkmn-pqrs. */
export function oneTimePassword(): string {
  const bytes = randomBytes(16);
  const chars = Array.from(bytes, (b) => ONE_TIME_ALPHABET[b % ONE_TIME_ALPHABET.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}
