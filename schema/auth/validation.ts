import { z } from 'zod';
import { organizationKinds } from '../constants.ts';
import { localizedSchema } from '../localized.ts';
import { unitTypes, userRoles } from './constants.ts';

export const loginEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email('Expected an email address such as neuvoja@example.fi'));

/** At least 12 characters: length beats composition rules (NIST SP 800-63B). */
export const passwordSchema = z.string().min(12, 'A password has at least 12 characters').max(200);

export const loginInputSchema = z.strictObject({
  email: loginEmailSchema,
  /** Not checked for length here: a wrong password is "wrong", whatever its length. */
  password: z.string().min(1, 'Give your password').max(200),
});

export const unitSchema = z.object({
  id: z.number(),
  name: z.string(),
  type: z.enum(unitTypes),
  municipalityCode: z.string().nullable(),
});
export type UnitView = z.infer<typeof unitSchema>;

export const currentUserSchema = z.object({
  id: z.number(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(userRoles),
  unit: unitSchema.nullable(),
  organizations: z.array(
    z.object({ id: z.string(), name: localizedSchema, kind: z.enum(organizationKinds) }),
  ),
});
export type CurrentUserView = z.infer<typeof currentUserSchema>;

export const meSchema = z.object({
  user: currentUserSchema.nullable(),
  /** Send back as `X-CSRF-Token` or a `_csrf` form field on every state change. */
  csrfToken: z.string().nullable(),
});
