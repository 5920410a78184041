import type { Role } from '@/lib/domain/vocabulary';
import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    user: { id: number; role: Role; name: string; email: string; sessionVersion: number };
  }
  interface User {
    role: Role;
    sessionVersion: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: number;
    role?: Role;
    /** The user's session version when this session began. */
    sv?: number;
    /** Sign-in time (ms): the absolute lifetime counts from here, however often the cookie is refreshed. */
    signedInAt?: number;
  }
}
