import type { Query } from './query.ts';
import type { Reply } from './reply.ts';

export interface RouteContext {
  /** Decoded `:name` path segments. */
  params: Record<string, string>;
  query: Query;
}

export type RouteHandler = (ctx: RouteContext) => Reply | Promise<Reply>;

interface Route {
  segments: string[];
  /** Literal segments sort before parameters, position by position (ASP.NET route precedence). */
  rank: string;
  handler: RouteHandler;
}

/** A minimal GET router over paths relative to `/api/v11`, literals matched case-insensitively. */
export class Router {
  readonly #routes: Route[] = [];

  /** Registers `pattern` such as `Service/list/area/:area/code/:code`. */
  get(pattern: string, handler: RouteHandler): this {
    const segments = pattern.split('/');
    const rank = segments.map((s) => (s.startsWith(':') ? '1' : '0')).join('');
    this.#routes.push({
      segments: segments.map((s) => (s.startsWith(':') ? s : s.toLowerCase())),
      rank,
      handler,
    });
    this.#routes.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
    return this;
  }

  match(path: string): { handler: RouteHandler; params: Record<string, string> } | null {
    const parts = path.split('/').filter((p, i, all) => p !== '' || i < all.length - 1);
    for (const route of this.#routes) {
      if (route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const ok = route.segments.every((segment, i) => {
        if (!segment.startsWith(':')) return segment === parts[i].toLowerCase();
        try {
          params[segment.slice(1)] = decodeURIComponent(parts[i]);
          return parts[i] !== '';
        } catch {
          return false;
        }
      });
      if (ok) return { handler: route.handler, params };
    }
    return null;
  }
}
