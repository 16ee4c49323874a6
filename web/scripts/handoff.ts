/** The handoff's Print and Copy buttons: hidden until this runs, since both need a script. */
const print = document.getElementById('print-button');
const copy = document.getElementById('copy-button');
const text = document.getElementById('copy-text') as HTMLTextAreaElement | null;
const status = document.getElementById('copy-status');

if (print) {
  print.hidden = false;
  print.addEventListener('click', () => window.print());
}
if (copy && text && status && navigator.clipboard) {
  copy.hidden = false;
  copy.addEventListener('click', async () => {
    await navigator.clipboard.writeText(text.value);
    status.textContent = copy.dataset.done ?? '';
  });
}

// A module, so its names do not clash with the DOM's globals (print, status).
export {};
