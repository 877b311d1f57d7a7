// The shape of a rule, ESLint-style: `meta` + `check(doc, ctx)`; reports carry a messageId, never free text.
import type { AnyNode } from 'domhandler';
import type { Placeholders, Range, Severity, SeverityName } from './types.ts';
import type { EmailDocument } from './document.ts';
import type { HeaderField } from './headers/fields.ts';

export type Regulation =
  | 'eprivacy' // Directive 2002/58/EC art. 13
  | 'gdpr' // GDPR art. 21
  | 'it-privacy-code' // Codice privacy art. 130
  | 'pecr' // UK PECR reg. 22
  | 'can-spam' // 15 U.S.C. 7704, 16 CFR 316
  | 'casl' // Canada's anti-spam legislation
  | 'gmail-yahoo' // Gmail and Yahoo bulk-sender requirements (Feb 2024)
  | 'rfc2369'
  | 'rfc8058';

/** One option, as a JSON Schema (the subset the engine documents and validates; draft 2020-12). */
export type OptionSchema = { description: string } & (
  | { type: 'number' | 'integer'; default: number; minimum?: number; maximum?: number }
  | { type: 'string'; default: string; enum?: readonly string[] }
  | { type: 'boolean'; default: boolean }
  | { type: 'array'; items: { type: 'string' }; default: readonly string[] }
);

/**
 * A rule's options as a JSON Schema object, like ESLint 9's `meta.schema`: the config is validated
 * against it before any rule runs, and each property's `default` fills what the config leaves out, so a
 * rule reads typed values (never `Number(…)`).
 */
export interface OptionsSchema<O> {
  type: 'object';
  properties: { [K in keyof O]-?: OptionSchema };
  additionalProperties: false;
}

export interface RuleMeta<O extends object = Record<string, unknown>> {
  id: string;
  description: string;
  severity: SeverityName;
  /** What the rule reads: 'body' (any input), 'headers' (an .eml or `--headers`), 'eml' (only a sent message, an .eml file). */
  scope?: 'body' | 'headers' | 'eml';
  /**
   * The rule judges the whole email (is there an opt-out at all, an address, the headers): it does not run on a
   * partial (a template's footer file, a MJML fragment), only on the emails that include it.
   */
  wholeEmail?: boolean;
  docs: { url: string };
  regulations: Regulation[];
  messages: Record<string, string>;
  /** The options and their defaults; a rule without it takes none. */
  schema?: OptionsSchema<O>;
  /** A rule kept for old configs: results list it in `usedDeprecatedRules` when it is turned on. */
  deprecated?: { message?: string; replacedBy?: readonly string[] };
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** The node to point at; its start tag (or whole text) is underlined. */
  node?: AnyNode;
  /** An explicit span of the parsed text (wins over `node`). */
  range?: Range;
  /** Already-mapped position, for findings outside the parsed HTML (headers, plain-text part). */
  loc?: { line: number; column: number; endLine: number; endColumn: number };
  /** A header field, or a span [start, end) of its unfolded value (wins over range and node). */
  header?: { field: HeaderField; start?: number; end?: number };
  /** Lower the severity for this report (e.g. `http:` links are a warning even in an error rule). */
  severity?: Severity;
  /**
   * Edits a person may choose (a clearer link text, a readable colour), as spans of the parsed text. The engine
   * maps them into the user's file and drops any whose text is not there as written (compiled MJML, partials).
   */
  suggest?: { desc: string; range: Range; text: string }[];
}

export interface RuleContext<O extends object = Record<string, unknown>> {
  /** The configured options over the schema's defaults, already validated. */
  readonly options: Readonly<O>;
  readonly settings: { esp?: string; locales: string[]; placeholders: Placeholders };
  report(descriptor: ReportDescriptor): void;
}

export interface Rule<O extends object = Record<string, unknown>> {
  meta: RuleMeta<O>;
  // Method syntax on purpose: a Rule<{ minFontSize: number }> goes in a list of Rule.
  check(doc: EmailDocument, ctx: RuleContext<O>): void;
}

/** Identity helper that gives rule objects their type, options included (like ESLint's `defineRule`). */
export function defineRule<O extends object = Record<string, never>>(rule: Rule<O>): Rule {
  return rule as unknown as Rule;
}

/** The schema's defaults: what a rule's options are when the config sets none. */
export function defaultOptions(meta: Pick<RuleMeta, 'schema'>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(meta.schema?.properties ?? {})) out[name] = (spec as OptionSchema).default;
  return out;
}

const DOCS_BASE = 'https://github.com/optout-lint/optout-lint/blob/main/rules/';
export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}/README.md`;
}
