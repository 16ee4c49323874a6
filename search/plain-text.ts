import type { Localized } from '../schema/localized.ts';

// PTV's "light Markdown": list items (`* `, `- `, `1. `), headings (`### `), emphasis and links.
const LIST_OR_HEADING = /^[ \t]*(?:[*\-•][ \t]+|\d+[.)][ \t]+|#{1,6}[ \t]*)/gm;
const EMPHASIS = /(\*\*|__|\*(?=\S)|(?<=\S)\*)/g;
const LINK = /\[([^\]]*)\]\([^)]*\)/g;

/** Plain text of PTV's light Markdown: markers dropped, lines joined with spaces. */
export function stripMarkdown(text: string): string {
  return text
    .replace(LINK, '$1')
    .replace(LIST_OR_HEADING, '')
    .replace(EMPHASIS, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** Joins several localized texts per language, Markdown stripped, empty parts skipped. */
export function joinLocalized(texts: readonly Localized[]): Localized {
  const out: Localized = {};
  for (const text of texts) {
    for (const [lang, value] of Object.entries(text)) {
      const plain = value ? stripMarkdown(value) : '';
      if (plain) out[lang] = out[lang] ? `${out[lang]} ${plain}` : plain;
    }
  }
  return out;
}
