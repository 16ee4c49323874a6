/** Where each role starts, and which roles may open which part of the site. */
import type { UserRole } from '../../schema/auth/constants.ts';
import type { Session } from './api-types.ts';

const homes: Record<UserRole, string> = {
  advisor: 'advisor',
  provider: 'provider',
  admin: 'admin',
};

/** The path (without language) a role lands on after signing in. */
export function homeOf(role: UserRole): string {
  return homes[role];
}

/** Whether the session's role is one of `roles`. */
export function hasRole(session: Session | null, ...roles: UserRole[]): session is Session {
  return session !== null && roles.includes(session.user.role);
}

export type Gate =
  { kind: 'ok'; session: Session } | { kind: 'login'; to: string } | { kind: 'forbidden' };

/**
 * Who may see a staff page: signed-out visitors go to the sign-in page (and come back after), a
 * signed-in user of another role gets "forbidden".
 */
export async function gate(locals: App.Locals, url: URL, roles: UserRole[]): Promise<Gate> {
  const session = await locals.session();
  if (!session)
    return {
      kind: 'login',
      to: `/${locals.lang}/login?next=${encodeURIComponent(url.pathname + url.search)}`,
    };
  return hasRole(session, ...roles) ? { kind: 'ok', session } : { kind: 'forbidden' };
}
