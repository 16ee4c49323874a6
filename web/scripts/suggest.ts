/**
 * Search-as-you-type on the search box (#q): suggestions from GET /api/suggest in an ARIA 1.2
 * combobox with a listbox. The box is a plain input until this runs; the form never needs it.
 */
import type { Suggestion } from '../../search/contract.ts';

const input = document.getElementById('q') as HTMLInputElement | null;
const list = document.getElementById('q-suggestions');
const status = document.getElementById('q-status');

if (input?.form && list && status) {
  const form = input.form;
  const lang = document.documentElement.lang;
  let items: Suggestion[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sequence = 0;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('autocomplete', 'off');

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    items = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const go = (s: Suggestion) => {
    if (s.serviceId) location.href = `/${lang}/services/${encodeURIComponent(s.serviceId)}`;
    else if (s.themeId) location.href = `/${lang}/search?theme=${encodeURIComponent(s.themeId)}`;
    else {
      input.value = s.text;
      close();
      form.submit();
    }
  };
  const mark = () =>
    [...list.children].forEach((li, i) => {
      li.setAttribute('aria-selected', String(i === active));
      if (i === active) input.setAttribute('aria-activedescendant', li.id);
    });
  const render = () => {
    if (!items.length) return close();
    list.replaceChildren(
      ...items.map((s, i) => {
        const li = document.createElement('li');
        li.id = `q-option-${i}`;
        li.setAttribute('role', 'option');
        li.textContent = s.text;
        // mousedown, not click: the input's blur would close the list first.
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          go(s);
        });
        return li;
      }),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
    mark();
    status.textContent = (status.dataset.template ?? '').replace('{count}', String(items.length));
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return close();
    timer = setTimeout(async () => {
      const mine = ++sequence;
      try {
        const r = await fetch(`/api/suggest?q=${encodeURIComponent(q)}&lang=${lang}`);
        const body = r.ok
          ? ((await r.json()) as { suggestions: Suggestion[] })
          : { suggestions: [] };
        if (mine !== sequence) return;
        items = body.suggestions.slice(0, 8);
        render();
      } catch {
        close();
      }
    }, 150);
  });
  input.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      mark();
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      go(items[active]);
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
