// What a template language's scanner reports: the composition directives of one file, with their offsets. The
// expander (expand.ts) resolves them the same way for every language; expressions stay in the text as placeholders.
import type { Range } from '../types.ts';

export type Directive =
  /** `{{> footer}}`, `{% include 'footer' %}`, `{% render 'footer' %}`: the partial's text in place of the tag. */
  | {
      kind: 'include';
      start: number;
      end: number;
      name: string | undefined;
      tag: string;
      optional?: boolean;
      /** Markup put around the partial (MJML's `type="css"` include becomes `<mj-style>…</mj-style>`). */
      wrap?: { before: string; after: string };
      /** The partial is a plain file (CSS, HTML), not a template of this language: its text is not scanned. */
      verbatim?: boolean;
      /** A call (`{{ button(…) }}`): only an inline partial or macro of that name, never a file. */
      inlineOnly?: boolean;
      /** Go `{{ block "name" . }}default{{ end }}`: rendered when no template of that name is in scope. */
      fallback?: Range;
      /**
       * Go `{{ template "name" . }}`: a template defined anywhere in the set (this file, the templates next to it,
       * the partial folders), else a file of that name (`template.ParseFiles` names templates by file name).
       */
      lookup?: 'set';
      /**
       * Not found, the name is one the sender fills in (listmonk's `{{ template "content" . }}` is the campaign's
       * body): a warning that its text is not checked, not a missing partial; `silent`: not even that (a name the
       * system always fills in, like listmonk's campaign body).
       */
      soft?: boolean | 'silent';
    }
  /**
   * Text the template system puts in place of the tag: Django `{% trans "Unsubscribe" %}`, Jinja `{{ _("…") }}`
   * (the text), `{% blocktrans %}` / `{% endblocktrans %}` (nothing: only the body between them stays).
   */
  | { kind: 'text'; start: number; end: number; value: string }
  /**
   * Nunjucks/Jinja `{% from "m.njk" import a, b as c %}` (pairs: the macro, its local name) and `{% import "m.njk" as m %}`
   * (`namespace`: every macro as `m.name`): the file's macros become callable here.
   */
  | { kind: 'import'; start: number; end: number; name: string | undefined; tag: string; bindings: [string, string][]; namespace?: string }
  /** Handlebars `{{#> layout}}body{{/layout}}`: the layout, with its `{{> @partial-block}}` replaced by the body. */
  | { kind: 'partial-block'; start: number; end: number; name: string | undefined; tag: string; body: Range }
  /** Handlebars `{{> @partial-block}}`, Shopify `{{ content_for_layout }}`: where the caller's body goes. */
  | { kind: 'slot'; start: number; end: number }
  /**
   * Jinja/Nunjucks/Twig `{% extends %}`, Liquid `{% layout %}`, Jekyll's `layout:`: this file's blocks fill the
   * layout's; with `body` (Liquid, Jekyll) that part of the file also fills the layout's slot (`content_for_layout`).
   */
  | { kind: 'extends'; start: number; end: number; name: string | undefined; tag: string; body?: Range }
  /** `{% block name %}…{% endblock %}`: replaced by the most derived template's block of that name. */
  | { kind: 'block'; start: number; end: number; name: string; body: Range }
  /** `{{ super() }}` / `{{ parent() }}` inside a block: the overridden block's own body. */
  | { kind: 'super'; start: number; end: number }
  /**
   * Handlebars `{{#*inline "name"}}…{{/inline}}`: a partial defined in place. It renders nothing there; the
   * template and the partials it calls (its layout) may include it by name.
   */
  | { kind: 'define'; start: number; end: number; name: string; body: Range };

/** A template language: the file names it reads, how it names partials, and its scanner. */
export interface TemplateLanguage {
  /** Short name for messages and the config (`handlebars`, `liquid`, `nunjucks`). */
  readonly name: string;
  /** Lower-case endings, with the dot. */
  readonly extensions: readonly string[];
  /** Endings tried, in order, after a partial name without one (`footer` → `footer.hbs`, `_footer.hbs`). */
  readonly partialExtensions: readonly string[];
  /** Liquid and Sass-style `_footer` partial files. */
  readonly underscorePartials?: boolean;
  /**
   * Loads the language's parser (a dynamic import: Handlebars and liquidjs stay out of the start-up of runs that
   * have no such template). The builder awaits it before `scan`.
   */
  prepare?(): Promise<void>;
  /** Directives in order of their start; throws with a readable message on a template the language cannot parse. */
  scan(text: string): Directive[];
  /** The part of a partial that an include brings in (MJML: the inside of a partial's `<mj-body>`); default all. */
  includedRange?(text: string): Range;
  /**
   * Whether a `.html` file is a template of this language (its composition tags say so): Django, Go and Maizzle
   * templates are usually saved as `.html`. Plain HTML emails are not claimed.
   */
  claims?(text: string): boolean;
  /** Why a file is a partial by its content (a Go file made only of `{{ define }}` blocks), or undefined. */
  partialByContent?(text: string, directives: readonly Directive[]): string | undefined;
  /** A style sheet for the classes the composed email uses (Maizzle's Tailwind utilities), put before it. */
  prelude?(composed: string): string;
}

/** A partial found by the host's loader. */
export interface LoadedTemplate {
  /** The path the loader found (absolute in the CLI), used in messages relative to the project. */
  path: string;
  text: string;
}

/**
 * How the host finds a partial (the CLI and API read files; a browser host has none). Returns the file, or why
 * not: where it looked, or that the name leaves the project.
 */
export interface TemplateLoader {
  load(name: string, from: string, language: TemplateLanguage): LoadedTemplate | { problem: string };
  /**
   * Go: the file that defines template `name` (`{{ define "name" }}`) among the templates next to `from` and in the
   * partial folders, nearest first; undefined when none does.
   */
  findDefinition?(name: string, from: string, language: TemplateLanguage): LoadedTemplate | undefined;
  /** The path as shown in messages (relative to the project). */
  display(path: string): string;
}
