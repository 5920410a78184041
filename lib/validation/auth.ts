import { z } from 'zod';
import { idOf, text } from './fields';
import { ROLES } from '@/lib/domain/vocabulary';

export const emailField = text()
  .trim()
  .min(1, 'Enter an email address.')
  .pipe(z.email('Enter a valid email address, like name@example.org.'))
  .transform((e) => e.toLowerCase());

export const newPasswordField = z
  .string()
  .min(10, 'Use at least 10 characters.')
  .max(200, 'Use at most 200 characters.');

export const signInInput = z.object({
  email: emailField,
  password: z.string().min(1, 'Enter your password.').max(200),
});

export const nameField = text().trim().min(1, 'Enter a name.').max(120, 'Use at most 120 characters.');

export const firstAdminInput = z
  .object({
    name: nameField,
    email: emailField,
    password: newPasswordField,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords do not match.',
  });

const optionalId = z
  .union([z.literal(''), idOf()])
  .optional()
  .transform((v) => (v === '' || v === undefined ? null : v));

export const createUserInput = z
  .object({
    name: nameField,
    email: emailField,
    role: z.enum(ROLES, 'Choose a role.'),
    password: newPasswordField,
    fosterHomeId: optionalId,
  })
  .refine((v) => v.role === 'foster' || v.fosterHomeId === null, {
    path: ['fosterHomeId'],
    message: 'Only a foster can be linked to a foster home.',
  });

export const updateUserInput = z
  .object({
    userId: idOf(),
    role: z.enum(ROLES, 'Choose a role.'),
    fosterHomeId: optionalId,
  })
  .refine((v) => v.role === 'foster' || v.fosterHomeId === null, {
    path: ['fosterHomeId'],
    message: 'Only a foster can be linked to a foster home.',
  });

export const setUserActiveInput = z.object({
  userId: idOf(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(200),
    password: newPasswordField,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords do not match.',
  })
  .refine((v) => v.password !== v.currentPassword, {
    path: ['password'],
    message: 'Choose a password different from the current one.',
  });

export const resetPasswordInput = z.object({
  userId: idOf(),
});
