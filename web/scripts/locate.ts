/** "Use my location" on the results page: shown only when the browser can locate; reloads with lat/lon. */
const box = document.getElementById('near-controls');
const button = document.getElementById('use-location');
const status = document.getElementById('location-status');

if (box && button && status && 'geolocation' in navigator) {
  box.hidden = false;
  button.addEventListener('click', () => {
    status.textContent = button.dataset.locating ?? '';
    navigator.geolocation.getCurrentPosition(
      (p) => {
        const url = new URL(location.href);
        url.searchParams.set('lat', p.coords.latitude.toFixed(4));
        url.searchParams.set('lon', p.coords.longitude.toFixed(4));
        url.searchParams.delete('page');
        url.searchParams.delete('sort');
        location.href = url.toString();
      },
      () => (status.textContent = button.dataset.failed ?? ''),
      { timeout: 10_000, maximumAge: 300_000 },
    );
  });
}

// A module, so its names do not clash with the DOM's globals (print, status).
export {};
