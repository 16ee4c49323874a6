import { describe, expect, it } from 'vitest';
import { escapeHtml, markdownToPlain, renderMarkdown } from '../../web/lib/markdown.ts';

describe('PTV light Markdown renderer', () => {
  it('escapes HTML before anything else, so source markup never reaches the page', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> & <b onclick="x">bold</b>');
    expect(html).toBe(
      '<p>Hello &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b onclick=&quot;x&quot;&gt;bold&lt;/b&gt;</p>',
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b ');
  });

  it('renders bullets, numbered lists, headings and paragraphs as separate blocks', () => {
    const html = renderMarkdown(
      'Intro line\nsecond line\n\n### Heading\n* one\n* two\n\n1. first\n2. second\n\nEnd.',
    );
    expect(html).toBe(
      [
        '<p>Intro line<br>second line</p>',
        '<h3>Heading</h3>',
        '<ul><li>one</li><li>two</li></ul>',
        '<ol><li>first</li><li>second</li></ol>',
        '<p>End.</p>',
      ].join('\n'),
    );
  });

  it('gives headings the level the page asks for, so heading order stays right', () => {
    expect(renderMarkdown('### Liitteet', { headingLevel: 4 })).toBe('<h4>Liitteet</h4>');
  });

  it('links only http and https targets, in Markdown links and bare URLs', () => {
    const html = renderMarkdown(
      '[Kela](https://www.kela.fi/a?b=1&c=2), see http://x.fi. Not [this](javascript:alert(1)) nor [ftp](ftp://x.fi).',
    );
    expect(html).toContain('<a href="https://www.kela.fi/a?b=1&amp;c=2">Kela</a>');
    expect(html).toContain('<a href="http://x.fi">http://x.fi</a>.');
    expect(html).not.toMatch(/href="(javascript|ftp)/);
    expect(html).toContain('[this](javascript:alert(1))');
  });

  it('cannot be tricked into an attribute break through a quote in a URL', () => {
    const html = renderMarkdown('[x](https://a.fi/"onmouseover="alert(1))');
    expect(html).not.toContain('"onmouseover');
    expect(html).toContain('&quot;onmouseover=&quot;');
  });

  it('renders bold and leaves stray asterisks alone', () => {
    expect(renderMarkdown('**Huom!** 2 * 3')).toBe('<p><strong>Huom!</strong> 2 * 3</p>');
  });

  it('turns Markdown into plain text for e-mail and SMS', () => {
    expect(markdownToPlain('### Otsikko\n* kohta\n[Kela](https://kela.fi) **tärkeä**')).toBe(
      'Otsikko\n- kohta\nKela (https://kela.fi) tärkeä',
    );
  });

  it('escapes every HTML-significant character', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
