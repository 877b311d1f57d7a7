// Go's text/template and html/template, as listmonk, Hugo and other Go senders use them. Actions (`{{ … }}`, with
// `{{-`/`-}}` trim markers) are read as Go's lexer reads them: strings and raw strings may hold `}}`, and
// `{{/* comments */}}` count for nothing. `{{ define "name" }}…{{ end }}` defines a template (rendering nothing in
// place); `{{ template "name" . }}` renders one defined anywhere in the set (this file, the templates next to it,
// the partial folders) or a file of that name; `{{ block "name" . }}default{{ end }}` renders the template of that
// name in scope, else its own body; Hugo's `{{ partial "footer.html" . }}` includes a file. `if`/`range`/`with`
// stay in the text, both branches kept.
import type { Directive, TemplateLanguage } from './types.ts';

interface Action {
  start: number;
  end: number;
  /** The action's text without delimiters, trim markers and surrounding space. */
  inner: string;
}

/** Go's actions in order; a comment is skipped, an action left open ends the scan (Go would refuse the file). */
function* actions(text: string): Generator<Action> {
  let at = 0;
  for (;;) {
    const start = text.indexOf('{{', at);
    if (start < 0) return;
    let i = start + 2;
    if (text[i] === '-' && /\s/.test(text[i + 1] ?? '')) i += 2;
    while (/\s/.test(text[i] ?? '')) i++;
    if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) return;
      const end = text.indexOf('}}', close + 2);
      if (end < 0) return;
      at = end + 2;
      continue;
    }
    const end = closeOf(text, i);
    if (end < 0) return;
    at = end + 2;
    yield { start, end: at, inner: text.slice(i, end).replace(/\s-$/, '').trim() };
  }
}

/** The `}}` that closes an action starting at `from`, past quoted and raw strings and character constants. */
function closeOf(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '}' && text[i + 1] === '}') return i;
    if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
    } else if (c === '`') {
      const close = text.indexOf('`', i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}

/** The first argument when it is a string constant: `"footer"`, `` `footer` ``; undefined for a pipeline. */
function nameOf(args: string): string | undefined {
  const m = /^(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`)/.exec(args.trim());
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Actions that open a section closed by `{{ end }}`. */
const OPENS = new Set(['if', 'range', 'with', 'define', 'block']);
const HUGO_PARTIALS = new Set(['partial', 'partialCached']);

export const goLanguage: TemplateLanguage = {
  name: 'go',
  extensions: ['.gohtml', '.tmpl', '.tpl', '.gotmpl'],
  partialExtensions: ['.gohtml', '.tmpl', '.tpl', '.gotmpl', '.html'],
  scan(text) {
    const out: Directive[] = [];
    const open: { word: string; start: number; bodyStart: number; name: string | undefined; tag: string }[] = [];
    for (const a of actions(text)) {
      const word = /^[a-z]\w*/i.exec(a.inner)?.[0];
      if (!word) continue;
      const args = a.inner.slice(word.length);
      const tag = text.slice(a.start, a.end);
      if (OPENS.has(word)) open.push({ word, start: a.start, bodyStart: a.end, name: nameOf(args), tag });
      else if (word === 'end') {
        const section = open.pop();
        if (!section || section.name === undefined) continue;
        const body = { start: section.bodyStart, end: a.start };
        if (section.word === 'define') out.push({ kind: 'define', start: section.start, end: a.end, name: section.name, body });
        else if (section.word === 'block')
          out.push({ kind: 'include', start: section.start, end: a.end, name: section.name, tag: section.tag, inlineOnly: true, fallback: body });
      } else if (word === 'template') {
        const name = nameOf(args);
        // listmonk renders the campaign's body with `{{ template "content" . }}`: filled in at send, by design.
        out.push({ kind: 'include', start: a.start, end: a.end, name, tag, lookup: 'set', soft: name === 'content' ? 'silent' : true });
      } else if (HUGO_PARTIALS.has(word)) out.push({ kind: 'include', start: a.start, end: a.end, name: nameOf(args), tag });
    }
    return out.sort((x, y) => x.start - y.start);
  },
  // An action Go templates have and HTML emails of other systems do not.
  claims: (text) => /\{\{-?\s*(?:define|template|block|partial)\s+["`]/.test(text),
  partialByContent(text, directives) {
    const defines = directives.filter((d) => d.kind === 'define');
    if (defines.length === 0) return undefined;
    // Outside its `define` blocks, nothing but white space and comments: the file only defines templates.
    let at = 0;
    for (const d of defines) {
      if (!onlyCommentsAndSpace(text, at, d.start)) return undefined;
      at = Math.max(at, d.end);
    }
    return onlyCommentsAndSpace(text, at, text.length) ? 'it only defines named templates ({{ define }})' : undefined;
  },
};

/** Whether `text[from, to)` holds only white space and Go comment actions (one pass, no backtracking). */
function onlyCommentsAndSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (/\s/.test(text[i]!)) continue;
    if (!text.startsWith('{{', i)) return false;
    let j = i + 2;
    if (text[j] === '-') j++;
    while (j < to && /\s/.test(text[j]!)) j++;
    if (!text.startsWith('/*', j)) return false;
    const close = text.indexOf('*/', j + 2);
    const end = close < 0 ? -1 : text.indexOf('}}', close + 2);
    if (end < 0 || end + 2 > to) return false;
    i = end + 1;
  }
  return true;
}
