import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { clearSignInFailures, getRescueFlags, listRecentSignInFailures, recordSignInFailure } from '@/db/queries/account-security';
import { getSessionUser, getUserForSignIn, markSignedIn } from '@/db/queries/users';
import { DEMO_PASSWORD } from '@/db/seed/demo-accounts';
import { SESSION_ABSOLUTE_LIFETIME_MS, sessionProblem, signInLock } from '@/lib/domain/account-security';
import { authSecret } from '@/lib/env';
import { verifyPassword } from '@/lib/passwords';
import { signInInput } from '@/lib/validation/auth';

/** Shown for an unknown email and a wrong password alike, so the form never reveals who has an account. */
export const WRONG_CREDENTIALS = 'Wrong email or password.';
export const DEACTIVATED = 'This account has been deactivated. Ask an admin if you need it back.';
export const DEMO_PASSWORD_REFUSED =
  'The demo password no longer works: this rescue is live. Ask an admin to reset your password.';

/** The address a request came from, as the server in front of the app reports it. */
export function requestAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  const real = headers?.['x-real-ip'];
  return first || (Array.isArray(real) ? real[0] : real) || 'unknown';
}

export const authOptions: NextAuthOptions = {
  // A getter: read at request time, so building the app needs no secret.
  get secret() {
    return authSecret();
  },
  // The cookie's sliding expiry; the absolute limit is checked on every use (see the jwt callback).
  session: { strategy: 'jwt', maxAge: SESSION_ABSOLUTE_LIFETIME_MS / 1000 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const input = signInInput.safeParse(credentials ?? {});
        if (!input.success) throw new Error(input.error.issues[0]?.message ?? WRONG_CREDENTIALS);
        const db = await getDb();
        const now = new Date();
        const email = input.data.email;
        const address = requestAddress(req?.headers);
        // Refuse a locked account or address before spending any time on the password.
        const failures = await listRecentSignInFailures(db, { email, address, now });
        const lock = signInLock(failures.account, failures.address, now);
        if (lock.locked) throw new Error(lock.message);
        const user = await getUserForSignIn(db, { email });
        // Verify even for an unknown email so timing does not reveal which emails exist.
        const passwordOk = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.data.password);
        if (!user || !passwordOk) {
          await recordSignInFailure(db, { email, address, at: now });
          const after = signInLock([...failures.account, now], [...failures.address, now], now);
          throw new Error(after.locked ? after.message : WRONG_CREDENTIALS);
        }
        if (!user.active) throw new Error(DEACTIVATED);
        if (input.data.password === DEMO_PASSWORD && (await getRescueFlags(db)).live) throw new Error(DEMO_PASSWORD_REFUSED);
        await clearSignInFailures(db, { email });
        await markSignedIn(db, { id: user.id, at: now });
        return { id: String(user.id), name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.signedInAt = Date.now();
        return token;
      }
      // Every later use (pages and /api/auth/session alike) checks the user again: a throw here
      // makes next-auth clear the cookie and answer with no session.
      const holder = token.uid ? await getSessionUser(await getDb(), { id: token.uid }) : null;
      const problem = sessionProblem(token, holder, new Date());
      if (problem || !holder) throw new Error(`Session refused: ${problem}`);
      token.role = holder.role;
      return token;
    },
    async session({ session, token }) {
      if (token.uid && token.role && token.sv !== undefined) {
        session.user = {
          id: token.uid,
          role: token.role,
          sessionVersion: token.sv,
          name: session.user?.name ?? '',
          email: session.user?.email ?? '',
        };
      }
      return session;
    },
  },
};

// An argon2id hash of a random string, used to spend the same time on unknown emails.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$PUNekvCfZRZSDAyw5QLUng$mT2mbAAy5K67xa85w9iqZylGue/TN4GWC6BOlCsmzOY';
