/// <reference types="astro/client" />

declare namespace App {
  /** Set by api/server.ts (apiFetch) and web/middleware.ts (the rest) for every page. */
  interface Locals {
    apiFetch: import('../api/server.ts').WebLocals['apiFetch'];
    lang: import('../schema/constants.ts').UiLanguage;
    t: import('./i18n/index.ts').Translate;
    api: import('./lib/api.ts').ApiClient;
    /** The signed-in user, looked up once per request and only when asked for. */
    session: () => Promise<import('./lib/api-types.ts').Session | null>;
    /** GET /api/municipalities, asked once per request and only when a page needs it; [] if it fails. */
    municipalities: () => Promise<import('./lib/api-types.ts').Municipality[]>;
  }
}
