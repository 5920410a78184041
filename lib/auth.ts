import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { getUserForSignIn, markSignedIn } from '@/db/queries/users';
import { authSecret } from '@/lib/env';
import { verifyPassword } from '@/lib/passwords';
import { signInInput } from '@/lib/validation/auth';

/** Shown for an unknown email and a wrong password alike, so the form never reveals who has an account. */
export const WRONG_CREDENTIALS = 'Wrong email or password.';
export const DEACTIVATED = 'This account has been deactivated. Ask an admin if you need it back.';

export const authOptions: NextAuthOptions = {
  // A getter: read at request time, so building the app needs no secret.
  get secret() {
    return authSecret();
  },
  session: { strategy: 'jwt', maxAge: 60 * 60 * 12 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials) {
        const input = signInInput.safeParse(credentials ?? {});
        if (!input.success) throw new Error(input.error.issues[0]?.message ?? WRONG_CREDENTIALS);
        const db = await getDb();
        const user = await getUserForSignIn(db, { email: input.data.email });
        // Verify even for an unknown email so timing does not reveal which emails exist.
        const passwordOk = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.data.password);
        if (!user || !passwordOk) throw new Error(WRONG_CREDENTIALS);
        if (!user.active) throw new Error(DEACTIVATED);
        await markSignedIn(db, { id: user.id, at: new Date() });
        return { id: String(user.id), name: user.name, email: user.email, role: user.role };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
      }
      return token;
    },
    async session({ session, token }) {
      if (token.uid && token.role) {
        session.user = { id: token.uid, role: token.role, name: session.user?.name ?? '', email: session.user?.email ?? '' };
      }
      return session;
    },
  },
};

// An argon2id hash of a random string, used to spend the same time on unknown emails.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$PUNekvCfZRZSDAyw5QLUng$mT2mbAAy5K67xa85w9iqZylGue/TN4GWC6BOlCsmzOY';
