// The shape of a rule, ESLint-style: `meta` + `check(doc, ctx)`; reports carry a messageId, never free text.
import type { AnyNode } from 'domhandler';
import type { Range, Severity, SeverityName } from './types.ts';
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

export interface OptionSpec {
  type: 'number' | 'string' | 'boolean' | 'string[]';
  default: unknown;
  description: string;
  min?: number;
  max?: number;
}

export interface RuleMeta {
  id: string;
  description: string;
  severity: SeverityName;
  /** What kind of input the rule reads. 'body' rules run on HTML/MJML/EML bodies; 'headers' rules need headers. */
  scope?: 'body' | 'headers' | 'message';
  docs: { url: string };
  regulations: Regulation[];
  messages: Record<string, string>;
  options?: Record<string, OptionSpec>;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** The node to point at; its start tag (or whole text) is underlined. */
  node?: AnyNode;
  /** An explicit span of the parsed text (wins over `node`). */
  range?: Range;
  /** Already-mapped position, for findings outside the parsed HTML (headers, plain-text part). */
  loc?: { line: number; column: number; endLine?: number; endColumn?: number };
  /** A header field, or a span [start, end) of its unfolded value (wins over range and node). */
  header?: { field: HeaderField; start?: number; end?: number };
  /** Lower the severity for this report (e.g. `http:` links are a warning even in an error rule). */
  severity?: Severity;
}

export interface RuleContext {
  readonly options: Record<string, unknown>;
  readonly settings: { esp?: string; locales: string[] };
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  check(doc: EmailDocument, ctx: RuleContext): void;
}

/** Identity helper that gives rule objects their type (like ESLint's `defineRule`). */
export function defineRule(rule: Rule): Rule {
  return rule;
}

export const DOCS_BASE = 'https://github.com/optout-lint/optout-lint/blob/main/rules/';
export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}/README.md`;
}
