import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The pages' Content-Security-Policy allows only scripts and styles the build hashed
// (astro.config.mjs): anything written inline by hand would be blocked in the browser, on pages
// the browser tests may never open.
function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return astroFiles(path);
    return entry.name.endsWith('.astro') ? [path] : [];
  });
}

describe('the page templates', () => {
  it('use no is:inline scripts, style attributes or inline event handlers', () => {
    const found: string[] = [];
    for (const file of astroFiles('web')) {
      const template = readFileSync(file, 'utf8').split(/^---$/m).at(-1) ?? '';
      for (const m of template.matchAll(/is:inline|\sstyle=|\son[a-z]+=|javascript:/g))
        found.push(`${file}: ${m[0].trim()}`);
    }
    expect(found).toEqual([]);
  });
});
