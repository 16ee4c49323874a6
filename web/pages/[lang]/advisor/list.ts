/**
 * POST: adds a service to the client's list, removes one, or clears the list, then goes back to
 * the page the form was on (at the service's row). Advisors only.
 */
import type { APIRoute } from 'astro';
import { changeList, readList, writeList } from '../../../lib/client-list.ts';
import { href, localPath } from '../../../lib/paths.ts';

export const POST: APIRoute = async ({ request, cookies, locals, redirect }) => {
  const session = await locals.session();
  if (!session)
    return redirect(href(locals.lang, 'login', { next: href(locals.lang, 'advisor') }), 303);
  const form = await request.formData();
  if (form.get('_csrf') !== session.csrfToken)
    return new Response(locals.t('error.csrf'), { status: 403 });
  const action = String(form.get('action') ?? '');
  const id = form.get('service');
  writeList(cookies, changeList(readList(cookies), action, typeof id === 'string' ? id : null));
  const back = String(form.get('back') ?? '');
  const [path, fragment] = back.split('#');
  return redirect(
    localPath(path, href(locals.lang, 'advisor')) +
      (fragment ? `#${fragment.replace(/[^\w-]/g, '')}` : ''),
    303,
  );
};
