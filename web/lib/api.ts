/**
 * The one way pages reach data: the Hono API called in-process through `Astro.locals.apiFetch`.
 * The browser's cookie header is forwarded (login sessions) and any `set-cookie` the API sends is
 * collected so web/middleware.ts can pass it back. When an endpoint does not exist (yet) the API
 * answers 404 "No API route …", which `missing` reports so a page can say so honestly.
 */
import type { WebLocals } from '../../api/server.ts';
import type { ServiceDetail } from '../../schema/catalogue/api.ts';
import type { UiLanguage } from '../../schema/constants.ts';
import type { Suggestion } from '../../search/contract.ts';
import type * as C from './api-types.ts';

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | {
      ok: false;
      status: number;
      code: string;
      message: string;
      missing: boolean;
      details?: unknown;
    };

export type SearchHitView = C.SearchHitView;
export type SearchResponse = C.SearchResponse;

interface RequestOptions {
  query?: URLSearchParams;
  body?: unknown;
  /** The CSRF token the form carried; sent as `X-CSRF-Token` on state changes. */
  csrf?: string;
  /** Read the body as text (CSV, SVG) instead of JSON. */
  text?: boolean;
}

const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/');

export class ApiClient {
  readonly #fetch: WebLocals['apiFetch'];
  readonly #cookie: string | null;
  readonly #setCookies: string[] = [];

  constructor(apiFetch: WebLocals['apiFetch'], cookie: string | null) {
    this.#fetch = apiFetch;
    this.#cookie = cookie;
  }

  /** `set-cookie` headers the API sent during this request, to relay to the browser. */
  get setCookies(): readonly string[] {
    return this.#setCookies;
  }

  async #request<T>(
    method: string,
    route: string,
    options: RequestOptions = {},
  ): Promise<ApiResult<T>> {
    const headers = new Headers({ accept: options.text ? '*/*' : 'application/json' });
    if (this.#cookie) headers.set('cookie', this.#cookie);
    if (options.csrf) headers.set('x-csrf-token', options.csrf);
    if (options.body !== undefined) headers.set('content-type', 'application/json');
    const query = options.query?.toString();
    const response = await this.#fetch(`/api/${route}${query ? `?${query}` : ''}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    this.#setCookies.push(...response.headers.getSetCookie());
    if (response.ok) {
      const data =
        response.status === 204
          ? null
          : options.text
            ? await response.text()
            : await response.json();
      return { ok: true, status: response.status, data: data as T };
    }
    const body = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string; details?: unknown };
    } | null;
    const message = body?.error?.message ?? response.statusText;
    return {
      ok: false,
      status: response.status,
      code: body?.error?.code ?? 'INTERNAL',
      message,
      missing: response.status === 404 && message.startsWith('No API route'),
      details: body?.error?.details,
    };
  }

  // Catalogue
  service = (id: string) => this.#request<ServiceDetail>('GET', path('services', id));
  health = () => this.#request<C.Health>('GET', 'health');
  municipalities = () =>
    this.#request<{ municipalities: C.Municipality[] }>('GET', 'municipalities');

  // Search
  search = (query: URLSearchParams) => this.#request<SearchResponse>('GET', 'search', { query });
  suggest = (q: string, lang: UiLanguage) =>
    this.#request<{ suggestions: Suggestion[] }>('GET', 'suggest', {
      query: new URLSearchParams({ q, lang }),
    });
  /** POST, so a signed-in caller sends its CSRF token although nothing changes. */
  match = (body: C.MatchRequest, csrf?: string) =>
    this.#request<C.MatchResponse>('POST', 'match', { body, csrf });

  // Sign-in
  /** The signed-in user, or null for residents and ended sessions. */
  session = async (): Promise<C.Session | null> => {
    const r = await this.#request<{ user: C.Session['user'] | null; csrfToken: string | null }>(
      'GET',
      'auth/me',
    );
    return r.ok && r.data.user && r.data.csrfToken
      ? { user: r.data.user, csrfToken: r.data.csrfToken }
      : null;
  };
  login = (body: { email: string; password: string }) =>
    this.#request<C.Session>('POST', 'auth/login', { body });
  logout = (csrf: string) => this.#request<null>('POST', 'auth/logout', { csrf });
  units = () => this.#request<{ units: C.UnitView[] }>('GET', 'units');

  // Referrals
  createReferral = (body: C.ReferralInput, csrf: string) =>
    this.#request<C.ReferralView>('POST', 'referrals', { body, csrf });
  referral = (code: string) => this.#request<C.ReferralView>('GET', path('referrals', code));
  referralQr = (code: string) =>
    this.#request<string>('GET', `${path('referrals', code)}/qr.svg`, { text: true });
  markArrived = (code: string, serviceId: string, csrf: string) =>
    this.#request<C.ReferralView>(
      'POST',
      `${path('referrals', code, 'services', serviceId)}/arrival`,
      { body: {}, csrf },
    );
  recordOutcome = (code: string, serviceId: string, outcome: string, csrf: string) =>
    this.#request<C.ReferralView>(
      'POST',
      `${path('referrals', code, 'services', serviceId)}/outcome`,
      { body: { outcome }, csrf },
    );
  unmetNeed = (body: C.UnmetNeedInput, csrf: string) =>
    this.#request<unknown>('POST', 'unmet-needs', { body, csrf });
  providerReferrals = (state: 'open' | 'closed') =>
    this.#request<{ referrals: C.ReferralView[] }>('GET', 'provider/referrals', {
      query: new URLSearchParams({ state }),
    });
  organizationFigures = (organizationId: string, year?: number) =>
    this.#request<C.OrganizationFigures>(
      'GET',
      `${path('provider', 'organizations', organizationId)}/figures`,
      {
        query: new URLSearchParams(year ? { year: String(year) } : {}),
      },
    );
  organizationFiguresCsv = (organizationId: string, year?: number) =>
    this.#request<string>(
      'GET',
      `${path('provider', 'organizations', organizationId)}/figures.csv`,
      {
        query: new URLSearchParams(year ? { year: String(year) } : {}),
        text: true,
      },
    );

  // Feedback
  reportService = (body: C.ServiceReportInput, csrf?: string) =>
    this.#request<C.ServiceReport>('POST', 'feedback/services', { body, csrf });
  siteFeedback = (body: C.SiteFeedbackInput, csrf?: string) =>
    this.#request<C.SiteFeedback>('POST', 'feedback/site', { body, csrf });
  serviceReports = (status: 'open' | 'resolved') =>
    this.#request<{ reports: C.ServiceReport[] }>('GET', 'feedback/services', {
      query: new URLSearchParams({ status }),
    });
  resolveServiceReport = (id: number, csrf: string) =>
    this.#request<C.ServiceReport>('POST', `${path('feedback', 'services', String(id))}/resolve`, {
      body: {},
      csrf,
    });

  siteFeedbackList = (status: 'open' | 'resolved') =>
    this.#request<{ feedback: C.SiteFeedback[] }>('GET', 'feedback/site', {
      query: new URLSearchParams({ status }),
    });
  resolveSiteFeedback = (id: number, csrf: string) =>
    this.#request<C.SiteFeedback>('POST', `${path('feedback', 'site', String(id))}/resolve`, {
      body: {},
      csrf,
    });

  // Administration
  usage = () => this.#request<C.Usage>('GET', 'admin/usage');
  countyFigures = (year?: number) =>
    this.#request<C.CountyFigures>('GET', 'admin/figures', {
      query: new URLSearchParams(year ? { year: String(year) } : {}),
    });
  syncRuns = () => this.#request<C.SyncRuns>('GET', 'admin/sync-runs');
  quality = () => this.#request<C.QualityReport>('GET', 'admin/quality');
  /** Who accessed a referral; the look-up itself is logged too. */
  referralAccessLog = (code: string) =>
    this.#request<C.ReferralAccessLog>('GET', path('admin', 'audit', 'referrals', code));
}
