// Nunjucks, Jinja, Twig and Django: their statement tags (`{% … %}`, with `-` whitespace control) read as their
// lexers read them, skipping `{# comments #}` and `{% raw %}`/`{% verbatim %}`/`{% comment %}` bodies. `{% extends %}`,
// `{% include %}` and `{% block %}`…`{% endblock %}` with `{{ super() }}` (Twig: `{{ parent() }}`, Django:
// `{{ block.super }}`) are resolved; `{% import %}` and `{% from … import %}` bring macros, which render nothing by
// themselves, so they are read as nothing. Translations render their text: Django's `{% trans "…" %}` and
// `{% blocktrans %}…{% endblocktrans %}`, Jinja's `{{ _("…") }}` and `{% trans %}…{% endtrans %}`, so a link whose
// text is `{% trans "Unsubscribe" %}` says "Unsubscribe".
import type { Directive, TemplateLanguage } from './types.ts';

const SUPER = /^-?\s*(?:(?:super|parent)\s*\(\s*\)|block\.super)\s*-?$/;
/** `{{ _("Unsubscribe") }}`, `{{ gettext('…') }}`, `{{ pgettext("context", "…") }}`: the text, before any filter. */
const GETTEXT = /^-?\s*(?:_|gettext|ugettext|pgettext|npgettext|ngettext)\s*\(\s*(?:(["'])(?:(?!\1)[^\\]|\\.)*\1\s*,\s*)?(["'])((?:(?!\2)[^\\]|\\.)*)\2/;
/** Tags that only mark where a translated block starts and ends: removed, the text between them stays. */
const TRANSLATION_MARKS = new Set(['blocktrans', 'blocktranslate', 'endblocktrans', 'endblocktranslate', 'endtrans', 'plural', 'pluralize']);
/** `{{ button(…) }}`, `{{ ui.footer(…) | safe }}`: a call that may be a macro's. */
const CALL = /^-?\s*([a-z_]\w*(?:\.[a-z_]\w*)?)\s*\(/i;
const RAW_END: Record<string, string> = { raw: 'endraw', verbatim: 'endverbatim', comment: 'endcomment' };

/** A tag of the template: `{% name args %}`, `{{ expression }}` (only super()/parent() matter), `{# comment #}`. */
interface Tag {
  start: number;
  end: number;
  kind: '%' | '{' | '#';
  inner: string;
}

/**
 * The tags in order, found with indexOf (linear: each search starts after the last tag, and the next opener of each
 * kind is remembered). An opener without its closer ends the scan: what follows is text to the template engine too.
 */
function* tags(text: string): Generator<Tag> {
  const closers = { '%': '%}', '{': '}}', '#': '#}' } as const;
  const next = { '%': -1, '{': -1, '#': -1 };
  let at = 0;
  for (;;) {
    let kind: Tag['kind'] | undefined;
    for (const k of ['%', '{', '#'] as const) {
      if (next[k] !== Infinity && next[k] < at) {
        const found = text.indexOf(`{${k}`, at);
        next[k] = found < 0 ? Infinity : found;
      }
      if (next[k] !== Infinity && (kind === undefined || next[k] < next[kind])) kind = k;
    }
    if (kind === undefined) return;
    const start = next[kind];
    const close = text.indexOf(closers[kind], start + 2);
    if (close < 0) return;
    at = close + 2;
    yield { start, end: at, kind, inner: text.slice(start + 2, close) };
  }
}

/** The Jinja family's composition tags: a `.html` file with one is a template of the family. */
const JINJA_TAGS = /\{%-?\s*(?:extends|include|block|import|from|macro|trans)\b/;
/** Django's own tags and `{{ block.super }}`: a `.html` file with one of them is a Django template. */
const DJANGO_TAGS = /\{%-?\s*(?:load|url|trans|translate|blocktrans|blocktranslate)\b|\{\{\s*block\.super\s*\}\}/;

export const jinjaLanguage: TemplateLanguage = {
  name: 'nunjucks',
  extensions: ['.njk', '.nunjucks', '.j2', '.jinja', '.jinja2', '.twig'],
  partialExtensions: ['.njk', '.nunjucks', '.j2', '.jinja', '.jinja2', '.twig', '.html'],
  scan(text) {
    const out: Directive[] = [];
    const blocks: { name: string; start: number; bodyStart: number; macro: boolean }[] = [];
    let skipUntil: string | undefined;
    let skipFrom = 0;
    for (const t of tags(text)) {
      const { start, end } = t;
      if (t.kind === '#') {
        // A comment renders nothing: its words are not the email's (unless inside a raw block, which renders it).
        if (!skipUntil) out.push({ kind: 'text', start, end, value: '' });
        continue;
      }
      if (t.kind === '{') {
        if (skipUntil) continue;
        const gettext = GETTEXT.exec(t.inner);
        if (SUPER.test(t.inner)) out.push({ kind: 'super', start, end });
        else if (gettext) out.push({ kind: 'text', start, end, value: unescape(gettext[3]!) });
        else {
          const call = CALL.exec(t.inner);
          if (call) out.push({ kind: 'include', start, end, name: call[1]!, tag: text.slice(start, end), inlineOnly: true });
        }
        continue;
      }
      const inner = t.inner.replace(/^-/, '').replace(/-$/, '').trim();
      const name = /^\w+/.exec(inner)?.[0];
      if (!name) continue;
      const args = inner.slice(name.length);
      if (skipUntil) {
        if (name === skipUntil && skipUntil === 'endcomment') out.push({ kind: 'text', start: skipFrom, end, value: '' });
        if (name === skipUntil) skipUntil = undefined;
        continue;
      }
      const tag = text.slice(start, end);
      if (Object.hasOwn(RAW_END, name)) {
        skipUntil = RAW_END[name];
        skipFrom = start;
      } else if (name === 'extends') out.push({ kind: 'extends', start, end, name: templateName(args), tag });
      else if (name === 'include') {
        // `ignore missing`: the template says a missing partial is fine, so it is not reported as one.
        const optional = /\bignore\s+missing\b/.test(args);
        out.push({ kind: 'include', start, end, name: templateName(args), tag, ...(optional ? { optional } : {}) });
      } else if (name === 'block' || name === 'macro') blocks.push({ name: /^\s*(\w+)/.exec(args)?.[1] ?? '', start, bodyStart: end, macro: name === 'macro' });
      else if (name === 'endblock' || name === 'endmacro') {
        const open = blocks.pop();
        if (open) out.push({ kind: open.macro ? 'define' : 'block', start: open.start, end, name: open.name, body: { start: open.bodyStart, end: start } });
      } else if (name === 'trans' || name === 'translate') {
        // Django: `{% trans "text" %}` (its text, or nothing with `as var`); Jinja: `{% trans %}` opens a block.
        const quoted = /^\s*(["'])((?:(?!\1)[^\\]|\\.)*)\1/.exec(args);
        const value = quoted && !/\sas\s+\w+\s*$/.test(args) ? unescape(quoted[2]!) : '';
        out.push({ kind: 'text', start, end, value });
      } else if (TRANSLATION_MARKS.has(name)) out.push({ kind: 'text', start, end, value: '' });
      else if (name === 'import' || name === 'from') {
        const imported = importOf(name, args);
        if (imported) out.push({ kind: 'import', start, end, name: templateName(args), tag, ...imported });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
  claims: (text) => JINJA_TAGS.test(text),
};

/**
 * Django templates: the same tags, resolved the same way (template folders are the `templates/` folders above the
 * file, found as the ancestors of the including file, and the config's `partials`); usually saved as `.html`.
 */
export const djangoLanguage: TemplateLanguage = {
  ...jinjaLanguage,
  name: 'django',
  extensions: ['.djhtml'],
  partialExtensions: ['.html', '.txt', '.djhtml'],
  claims: (text) => DJANGO_TAGS.test(text),
};

/** A translated string as written in the template (`\"`, `\'` and `\\` escapes). */
function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/** `{% import "m.njk" as ui %}` → namespace `ui`; `{% from "m.njk" import a, b as c %}` → `[a, a], [b, c]`. */
function importOf(tag: string, args: string): { bindings: [string, string][]; namespace?: string } | undefined {
  if (tag === 'import') {
    const ns = /\bas\s+(\w+)\s*$/.exec(args);
    return ns ? { bindings: [], namespace: ns[1]! } : undefined;
  }
  const at = /\bimport\s/.exec(args);
  const list = at ? args.slice(at.index + at[0].length) : undefined;
  if (!list) return undefined;
  const bindings: [string, string][] = [];
  for (const item of list.replace(/\bwith(?:out)?\s+context\s*$/, '').split(',')) {
    const m = /^\s*(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(item);
    if (m) bindings.push([m[1]!, m[2] ?? m[1]!]);
  }
  return { bindings };
}

/** `"layout.njk"`, `'a/b.html'`, or the first of a list `["a.njk", "b.njk"]`; undefined for a variable. */
function templateName(args: string): string | undefined {
  const m = /^\[?\s*(["'])([^"']+)\1/.exec(args.trim());
  return m ? m[2] : undefined;
}
