/**
 * Static highlighting of a cell's code with shiki, in both Starlight colour schemes (the dark
 * colours ride along as CSS variables, switched by site/styles/cells.css).
 */
import { createHighlighterCoreSync, type HighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import python from 'shiki/langs/python.mjs';
import githubDark from 'shiki/themes/github-dark.mjs';
import githubLight from 'shiki/themes/github-light.mjs';

let highlighter: HighlighterCore | null = null;

function get(): HighlighterCore {
  highlighter ??= createHighlighterCoreSync({
    themes: [githubLight, githubDark],
    langs: [python],
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

/** `<pre class="shiki …"><code>…</code></pre>` for Python source. */
export function highlightPython(source: string): string {
  return get().codeToHtml(source.replace(/\n$/, ''), {
    lang: 'python',
    themes: { light: 'github-light', dark: 'github-dark' },
  });
}
