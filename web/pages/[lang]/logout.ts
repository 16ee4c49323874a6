/** POST: signs out (the API deletes the session and clears its cookie), then shows the sign-in page. */
import type { APIRoute } from 'astro';
import { writeList } from '../../lib/client-list.ts';
import { href } from '../../lib/paths.ts';

export const POST: APIRoute = async ({ request, locals, cookies, redirect }) => {
  const form = await request.formData();
  const csrf = form.get('_csrf');
  if (typeof csrf === 'string' && csrf) await locals.api.logout(csrf);
  writeList(cookies, []);
  return redirect(href(locals.lang, 'login', { out: '1' }), 303);
};
