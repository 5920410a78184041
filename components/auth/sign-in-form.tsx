'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useEffect, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { clearOfflineCaches } from '@/lib/offline/clear';
import { signInInput } from '@/lib/validation/auth';

type Errors = { email?: string; password?: string };

export function SignInForm() {
  // Signed out (or the session ended): no copy of a foster's pages stays on this phone. Entries
  // not yet sent stay, kept for their foster's next sign-in.
  useEffect(() => {
    void clearOfflineCaches().catch(() => undefined);
  }, []);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInInput.safeParse({ email: form.get('email'), password: form.get('password') });
    setMessage(null);
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof Errors;
        next[key] ??= issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    startTransition(async () => {
      const result = await signIn('credentials', { ...parsed.data, redirect: false });
      if (!result || result.error) {
        setMessage(result?.error && result.error !== 'CredentialsSignin' ? result.error : 'Wrong email or password.');
        return;
      }
      router.replace('/dashboard');
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {message ? <Alert variant="destructive">{message}</Alert> : null}
      <Field id="email" label="Email" error={errors.email}>
        <Input {...fieldAria('email', errors.email)} name="email" type="email" autoComplete="username" inputMode="email" required />
      </Field>
      <Field id="password" label="Password" error={errors.password}>
        <Input {...fieldAria('password', errors.password)} name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
