import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../web/i18n/index.ts';

// .astro files are not typechecked by `tsc`, so the keys they look up are checked here.
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(astro|ts)$/.test(entry.name) && !path.includes('/i18n/') ? [path] : [];
  });
}

describe('UI string look-ups in the pages', () => {
  it('use only keys the Finnish strings define', () => {
    const known = new Set(Object.keys(messages.fi));
    const unknown: string[] = [];
    for (const file of sources('web')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(
        /\b(?:t|ct|translate\([^,]+,)\s*\(?\s*'([a-z][\w.-]*\.[\w.-]+)'/g,
      )) {
        if (!known.has(m[1])) unknown.push(`${file}: ${m[1]}`);
      }
      // Template keys such as t(`kind.${k}`): the prefix must exist.
      for (const m of text.matchAll(/\bt\(`([a-z][\w]*\.)(?:[\w.]*)\$\{/g)) {
        if (![...known].some((k) => k.startsWith(m[1]))) unknown.push(`${file}: ${m[1]}*`);
      }
    }
    expect(unknown).toEqual([]);
  });
});
