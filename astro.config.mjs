// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

/**
 * The web pages, server-rendered and served in-process by api/server.ts (middleware mode): the
 * adapter's handler renders pages only, so CSS and scripts are inlined into the HTML instead of
 * being separate files nobody would serve.
 */
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'middleware' }),
  srcDir: './web',
  publicDir: './web/public',
  outDir: './dist',
  trailingSlash: 'ignore',
  build: { inlineStylesheets: 'always' },
  // Scripts too: Astro inlines a bundled script when this says so (it has no imports left).
  vite: { build: { assetsInlineLimit: () => true } },
  // Astro's check compares against a URL whose host is "localhost" unless allowedDomains is set;
  // web/middleware.ts checks form posts against the Host header instead (web/lib/origin.ts).
  security: { checkOrigin: false },
  devToolbar: { enabled: false },
  // Content-Security-Policy on every page, as a response header: these directives plus 'self'
  // and the SHA-256 hashes of every script and stylesheet the build inlines (script-src,
  // style-src), so no 'unsafe-inline'. Scripts must therefore be bundled `<script>`s, never
  // `is:inline`, and elements take no style attributes. web/lib/security-headers.ts adds HSTS and
  // a no-load policy for answers that are not pages; test/e2e/security.e2e.ts watches Chromium.
  experimental: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
    },
  },
});
