/**
 * PTV's light Markdown, rendered safely: the text is HTML-escaped before anything else, so no
 * markup from the source ever reaches the page. Supported: paragraphs, `* `/`- ` bullets,
 * `1. ` numbered lists, `### ` headings, `**bold**`, and links (`[text](url)` and bare URLs)
 * only when the target is http(s).
 */

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]);
}

// Runs on escaped text: `(`, `)`, `[`, `]` and `*` survive escaping, quotes do not.
const markdownLink = /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g;
const bareUrl = /(^|[\s(])(https?:\/\/[^\s<)]+[^\s<).,;:!?])/g;

function inline(escaped: string): string {
  const links: string[] = [];
  // Links are set aside behind a private-use character so later rules cannot touch their markup.
  const stash = (html: string) => `\uE000${links.push(html) - 1}\uE000`;
  let out = escaped.replace(markdownLink, (_, text: string, url: string) =>
    stash(`<a href="${url}">${text}</a>`),
  );
  out = out.replace(
    bareUrl,
    (_, lead: string, url: string) => lead + stash(`<a href="${url}">${url}</a>`),
  );
  out = out.replace(/\*\*([^*\n]+)\*\*/g, '<strong>$1</strong>');
  return out.replace(/\uE000(\d+)\uE000/g, (_, i: string) => links[Number(i)]);
}

type Block = { kind: 'p' | 'ul' | 'ol' | 'h'; lines: string[] };

/**
 * Renders PTV text to HTML. `headingLevel` is the level `### ` headings get, so they fit under
 * the heading of the section the text is shown in.
 */
export function renderMarkdown(
  source: string,
  options: { headingLevel?: 2 | 3 | 4 | 5 | 6 } = {},
): string {
  const level = options.headingLevel ?? 3;
  const blocks: Block[] = [];
  let current: Block | null = null;
  const push = (kind: Block['kind'], line: string) => {
    if (!current || current.kind !== kind || kind === 'h') {
      current = { kind, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
  };
  for (const raw of escapeHtml(source.replace(/\r\n?/g, '\n').replace(/\uE000/g, '')).split('\n')) {
    const line = raw.trim();
    let m: RegExpMatchArray | null;
    if (!line) current = null;
    else if ((m = line.match(/^#{1,6}\s+(.*)$/))) push('h', m[1]);
    else if ((m = line.match(/^[*\-•]\s+(.*)$/))) push('ul', m[1]);
    else if ((m = line.match(/^\d+[.)]\s+(.*)$/))) push('ol', m[1]);
    else push('p', line);
  }
  return blocks
    .map((b) => {
      if (b.kind === 'h') return `<h${level}>${inline(b.lines[0])}</h${level}>`;
      if (b.kind === 'p') return `<p>${b.lines.map(inline).join('<br>')}</p>`;
      return `<${b.kind}>${b.lines.map((l) => `<li>${inline(l)}</li>`).join('')}</${b.kind}>`;
    })
    .join('\n');
}

/** The text without Markdown marks, for places that take plain text (SMS, e-mail, titles). */
export function markdownToPlain(source: string): string {
  return source
    .replace(/\r\n?/g, '\n')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^[*\-•]\s+/gm, '- ')
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g, '$1 ($2)')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .trim();
}
