// Inline directives in HTML comments (ESLint's eslint-disable, for templates):
//   <!-- optout-disable rule-a, rule-b -- reason -->  …  <!-- optout-enable -->
//   <!-- optout-disable-next-line rule-a -->
// Applied after the rules have reported, on positions in the user's file (so MJML `<mj-raw>` comments work
// through the MJML position mapper). Browser-safe.
import type { Comment } from 'domhandler';
import type { EditInfo, LintMessage, Severity, SuppressedMessage } from './types.ts';
import { computeLineStarts, offsetOf } from './source.ts';
import type { EmailDocument } from './document.ts';
import { elements, isTag, nodeRange, type AnyNode } from './dom.ts';
import { compareRuleIds } from './messages.ts';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named by the directive; empty = every rule. */
  rules: string[];
  reason?: string;
  /** Where the comment is in the user's file. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /**
   * The comment comes before any rendered element (in `<head>`, before `<html>`, or first in `<body>`):
   * a disable there also covers document-level findings, which point at `<body>` or at 1:1.
   */
  leading: boolean;
}

const DIRECTIVE = /^\s*optout-(disable-next-line|disable|enable)(?=\s|$)/;

/** Parses one comment's text (between `<!--` and `-->`); undefined when it is not a directive. */
export function parseDirectiveComment(data: string): Pick<Directive, 'kind' | 'rules' | 'reason'> | undefined {
  const m = DIRECTIVE.exec(data);
  if (!m) return undefined;
  const kind = m[1] as DirectiveKind;
  let body = data.slice(m[0].length).trim();
  let reason: string | undefined;
  // ESLint's convention: ` -- ` (two dashes surrounded by space) starts the reason.
  const sep = /(?:^|\s)--(?:\s|$)/.exec(body);
  if (sep) {
    reason = body.slice(sep.index + sep[0].length).trim() || undefined;
    body = body.slice(0, sep.index).trim();
  }
  const rules = body
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter((r) => r.length > 0);
  return { kind, rules, ...(reason !== undefined ? { reason } : {}) };
}

/** Every directive in the document, in document order, with positions in the user's file. */
export function collectDirectives(doc: EmailDocument): Directive[] {
  const out: Directive[] = [];
  const firstRendered = firstRenderedElementStart(doc);
  for (const comment of doc.parsed.comments) {
    const parsed = parseDirectiveComment(comment.data);
    if (!parsed) continue;
    const loc = doc.source.locate(nodeRange(comment));
    const start = comment.startIndex ?? 0;
    out.push({ ...parsed, ...loc, leading: firstRendered === undefined || start < firstRendered });
  }
  out.sort((a, b) => a.line - b.line || a.column - b.column);
  return out;
}

const HEAD_LEVEL = new Set(['html', 'head', 'body', 'meta', 'title', 'style', 'link', 'base', 'script', 'xml']);

/** Offset of the first element a reader sees: not a wrapper (html/head/body), not head content, not an empty layout div. */
function firstRenderedElementStart(doc: EmailDocument): number | undefined {
  for (const el of elements(doc.parsed.root)) {
    if (HEAD_LEVEL.has(el.name) || insideHead(el)) continue;
    // Compiled MJML wraps the body in a bare <div>; a directive inside it is still "first".
    if (el.name === 'div' && onlyWrapsContent(el)) continue;
    return el.startIndex ?? 0;
  }
  return undefined;
}

function insideHead(node: AnyNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (isTag(p) && p.name === 'head') return true;
  return false;
}

/** A div whose first child (ignoring whitespace) is a comment or another element: a layout wrapper. */
function onlyWrapsContent(el: import('domhandler').Element): boolean {
  const first = el.children.find((c) => !(c.type === 'text' && (c as unknown as { data: string }).data.trim() === ''));
  return first !== undefined && (first.type === 'comment' || isTag(first));
}

export interface DirectiveOptions {
  /** Severity of "unused directive" reports; 0 (default) = do not report. */
  reportUnused?: Severity;
  /** Rule ids that exist; a directive naming another id is reported (a typo silences nothing). */
  knownRules?: readonly string[];
  /** Receives each silenced finding with the directives that silenced it (ESLint's `suppressedMessages`). */
  suppressed?: SuppressedMessage[];
  /** The user's file as read: a wholly unused directive's report carries the edit that removes its comment. */
  fileText?: string;
}

interface Block {
  directive: Directive;
  rule: string | undefined;
  from: { line: number; column: number };
  to: { line: number; column: number } | undefined;
  used: boolean;
}

const before = (a: { line: number; column: number }, b: { line: number; column: number }) => a.line < b.line || (a.line === b.line && a.column < b.column);

/**
 * Drops the messages the directives silence and, when asked, adds ESLint-style reports for directives
 * that silenced nothing. Messages without a ruleId (fatal errors) are never silenced.
 */
export function applyDirectives(messages: readonly LintMessage[], directives: readonly Directive[], options: DirectiveOptions = {}): LintMessage[] {
  if (directives.length === 0) return [...messages];
  const blocks: Block[] = [];
  const open: Block[] = [];
  const extra: LintMessage[] = [];
  const known = options.knownRules ? new Set(options.knownRules) : undefined;
  for (const d of directives) {
    if (known) {
      for (const id of d.rules) {
        if (!known.has(id)) extra.push(directiveMessage(d, 2, 'unknownRule', `Unknown rule '${id}' in optout-${d.kind} directive.`));
      }
    }
    if (d.kind === 'disable-next-line') {
      const next = { line: d.endLine + 1, column: 1 };
      for (const rule of ruleList(d)) blocks.push({ directive: d, rule, from: next, to: { line: d.endLine + 2, column: 1 }, used: false });
    } else if (d.kind === 'disable') {
      const from = d.leading ? { line: 1, column: 1 } : { line: d.line, column: d.column };
      for (const rule of ruleList(d)) {
        const b: Block = { directive: d, rule, from, to: undefined, used: false };
        blocks.push(b);
        open.push(b);
      }
    } else {
      // optout-enable [rules]: closes the matching open blocks (all of them when it names none).
      const closing = open.filter((b) => d.rules.length === 0 || b.rule === undefined || d.rules.includes(b.rule));
      for (const b of closing) {
        b.to = { line: d.line, column: d.column };
        open.splice(open.indexOf(b), 1);
      }
      if (closing.length === 0 && options.reportUnused) {
        extra.push(
          directiveMessage(
            d,
            options.reportUnused,
            'unusedEnableDirective',
            'Unused optout-enable directive (no matching optout-disable directives were found).',
          ),
        );
      }
    }
  }
  const kept: LintMessage[] = [];
  for (const m of messages) {
    const at = { line: m.line, column: m.column };
    const covering =
      m.ruleId === null || m.fatal
        ? []
        : blocks.filter((b) => (b.rule === undefined || b.rule === m.ruleId) && !before(at, b.from) && (b.to === undefined || before(at, b.to)));
    for (const b of covering) b.used = true;
    if (covering.length === 0) kept.push(m);
    else if (options.suppressed) {
      const directives = [...new Set(covering.map((b) => b.directive))];
      options.suppressed.push({ ...m, suppressions: directives.map((d) => ({ kind: 'directive', justification: d.reason ?? '' })) });
    }
  }
  if (options.reportUnused) {
    let fileLines: number[] | undefined;
    for (const d of directives) {
      if (d.kind === 'enable') continue;
      const mine = blocks.filter((b) => b.directive === d);
      const unused = mine.filter((b) => !b.used);
      if (unused.length === 0) continue;
      const describe = (ids: string[]) => ` from ${listOr(ids.map((id) => `'${id}'`))}`;
      const removal = options.fileText !== undefined ? removeComment(options.fileText, (fileLines ??= computeLineStarts(options.fileText)), d) : undefined;
      const withFix = (m: LintMessage) => (removal ? { ...m, fix: removal } : m);
      if (d.rules.length === 0) {
        extra.push(
          withFix(directiveMessage(d, options.reportUnused, 'unusedDisableDirective', `Unused optout-${d.kind} directive (no problems were reported).`)),
        );
      } else if (unused.length === mine.length) {
        extra.push(
          withFix(
            directiveMessage(
              d,
              options.reportUnused,
              'unusedDisableDirective',
              `Unused optout-${d.kind} directive (no problems were reported${describe(d.rules)}).`,
            ),
          ),
        );
      } else {
        for (const b of unused) {
          extra.push(
            directiveMessage(
              d,
              options.reportUnused,
              'unusedDisableDirective',
              `Unused optout-${d.kind} directive (no problems were reported${describe([b.rule!])}).`,
            ),
          );
        }
      }
    }
  }
  const out = [...kept, ...extra];
  out.sort((a, b) => a.line - b.line || a.column - b.column || compareRuleIds(a.ruleId, b.ruleId));
  return out;
}

/**
 * The edit that deletes a directive's comment from the user's file (with its line, when the comment is alone on
 * it): a comment is never shown, so removing it cannot change the email. Undefined when the file does not hold
 * the comment at the directive's position (a directive that came from an included partial).
 */
function removeComment(fileText: string, fileLines: readonly number[], d: Directive): EditInfo | undefined {
  const start = offsetOf(fileLines, d.line, d.column);
  const end = offsetOf(fileLines, d.endLine, d.endColumn);
  if (start === undefined || end === undefined) return undefined;
  const comment = fileText.slice(start, end);
  if (!comment.startsWith('<!--') || !comment.endsWith('-->')) return undefined;
  const lineStart = fileText.lastIndexOf('\n', start - 1) + 1;
  const newline = fileText.indexOf('\n', end);
  const lineEnd = newline < 0 ? fileText.length : newline;
  if (fileText.slice(lineStart, start).trim() === '' && fileText.slice(end, lineEnd).trim() === '') {
    return { range: [lineStart, newline < 0 ? lineEnd : newline + 1], text: '' };
  }
  return { range: [start, end], text: '' };
}

function ruleList(d: Directive): (string | undefined)[] {
  return d.rules.length === 0 ? [undefined] : d.rules;
}

function directiveMessage(d: Directive, severity: Severity, messageId: string, message: string): LintMessage {
  return { ruleId: null, messageId, severity, message, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn };
}

/** 'a'; 'a' or 'b'; 'a', 'b', or 'c' (ESLint's wording). */
function listOr(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} or ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}`;
}

export type { Comment };
