// The pipeline, top-down: text → document with positions (HTML here, any other input through the builder the
// host registered for its file name) → rules → directives → sorted messages.
import type { DeprecatedRuleUse, EditInfo, LintMessage, LintResult, Range, RenderedDocument, ResolvedConfig, Severity, SuppressedMessage } from './types.ts';
import { defaultOptions, type Rule, type RuleContext, type ReportDescriptor } from './rule.ts';
import { EmailDocument } from './document.ts';
import { Source, computeLineStarts, offsetOf } from './source.ts';
import { elements, nodeRange, startTagRange, isTag } from './dom.ts';
import { compareRuleIds, formatMessage } from './messages.ts';
import { parseHeaderBlock } from './headers/fields.ts';
import { applyDirectives, collectDirectives } from './directives.ts';
import { BuilderError, builderFor, type InputBuilder } from './builders/index.ts';

export interface LintTextOptions {
  filename: string;
  config: ResolvedConfig;
  rules: readonly Rule[];
  /** Builders for inputs other than HTML (MJML, .eml, templates), chosen by file name; HTML needs none. */
  builders?: readonly InputBuilder[];
  /** Runs on the document before the rules (the CLI's `--probe` fills `doc.message.probe` here). */
  beforeRules?: (doc: EmailDocument) => Promise<void>;
  /**
   * Runs after the rules with what they reported; its messages join theirs, before the `optout-disable` comments
   * apply (the CLI's `--render` adds what the rendered email shows here).
   */
  afterRules?: (doc: EmailDocument, reported: readonly LintMessage[]) => Promise<LintMessage[]>;
  /** Report `optout-disable` directives that silence nothing, with this severity (default 0: don't). */
  reportUnusedDisableDirectives?: Severity;
  /** Keep the HTML the rules saw and each message's span in it on the result (for the html report). */
  keepRendered?: boolean;
}

/** A file that could not be read or parsed: one fatal message, like ESLint. */
export function fatalResult(filePath: string, message: string, source?: string): LintResult {
  return {
    filePath,
    messages: [{ ruleId: null, severity: 2, fatal: true, message, line: 1, column: 1 }],
    errorCount: 1,
    warningCount: 0,
    fatalErrorCount: 1,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    suppressedMessages: [],
    usedDeprecatedRules: [],
    ...(source !== undefined ? { source } : {}),
  };
}

export async function lintText(text: string, options: LintTextOptions): Promise<LintResult> {
  const { filename, config, rules } = options;
  if (text.length > config.maxFileSize) {
    return fatalResult(filename, `File is ${text.length} characters, over the limit of ${config.maxFileSize} (set maxFileSize in the config to raise it).`);
  }
  if (looksBinary(text)) {
    return fatalResult(filename, 'File is not text (it contains NUL bytes); is it really an email template?');
  }
  const builder = builderFor(options.builders ?? [], filename, text);
  let doc: EmailDocument;
  try {
    doc = builder ? await builder.build({ text, filename, config }) : EmailDocument.fromHtml(new Source(text, filename));
  } catch (error) {
    // A builder's own limit (a template that composes into too much) says what happened itself.
    const said = error instanceof BuilderError;
    return fatalResult(filename, said ? error.message : `Could not parse ${(builder?.name ?? 'html').toUpperCase()}: ${describeError(error)}`, text);
  }
  doc.placeholders = config.placeholders ?? {};
  if (!doc.message.rendered && doc.message.headers === undefined && config.headers !== undefined) {
    // A template linted with `--headers FILE` / config `headers`: the header rules judge that block.
    doc.message.headers = parseHeaderBlock(config.headers.replace(/^\s+/, '')).fields;
    doc.message.headersOrigin = 'config';
  }
  if (options.beforeRules) await options.beforeRules(doc);
  const spans = options.keepRendered ? new Map<LintMessage, Range>() : undefined;
  const reported = runRules(doc, config, rules, spans, text);
  if (options.afterRules) reported.push(...(await options.afterRules(doc, reported)));
  const suppressedMessages: SuppressedMessage[] = [];
  const messages = applyDirectives(reported, collectDirectives(doc), {
    reportUnused: options.reportUnusedDisableDirectives ?? 0,
    knownRules: rules.map((r) => r.meta.id),
    suppressed: suppressedMessages,
    fileText: text,
  });
  if (doc.message.notices?.length) {
    // The reader's own warnings (a limit that stopped it part-way): not rules, so no directive silences them.
    for (const n of doc.message.notices) {
      const end = n.endLine !== undefined && n.endColumn !== undefined ? { endLine: n.endLine, endColumn: n.endColumn } : {};
      messages.push({
        ruleId: null,
        severity: n.severity ?? 1,
        message: n.message,
        line: n.line,
        column: n.column ?? 1,
        ...end,
        ...(n.origin ? { origin: n.origin } : {}),
      });
    }
    messages.sort((a, b) => a.line - b.line || a.column - b.column);
  }
  const result = toResult(filename, messages, text, { suppressedMessages, usedDeprecatedRules: deprecatedInUse(config, rules) });
  if (doc.message.dependencies?.size) result.dependencies = [...doc.message.dependencies.keys()];
  if (spans && messages.length > 0) result.rendered = rendered(doc, messages, spans);
  return result;
}

function rendered(doc: EmailDocument, messages: LintMessage[], spans: Map<LintMessage, Range>): RenderedDocument {
  const marks: RenderedDocument['marks'] = [];
  messages.forEach((m, index) => {
    const span = spans.get(m);
    if (span) marks.push({ index, start: span.start, end: span.end });
  });
  return { html: doc.source.text, marks };
}

/** Runs the rules; `spans`, when given, receives each message's span in the parsed text (when it has one). */
export function runRules(
  doc: EmailDocument,
  config: ResolvedConfig,
  rules: readonly Rule[],
  spans?: Map<LintMessage, Range>,
  /** The user's file as read: suggestions are edits of it. */
  fileText?: string,
): LintMessage[] {
  const messages: LintMessage[] = [];
  // The same finding at the same place once: a template's text rendered twice (a Go partial's template, rendered
  // where it is defined and again where another of its templates calls it) says it once.
  const said = new Set<string>();
  // The user's file by lines, for the suggestions' edits: split once, and only if a rule suggests something.
  let fileLines: number[] | undefined;
  const linesOfFile = (text: string) => (fileLines ??= computeLineStarts(text));
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id];
    if (!setting || setting.severity === 0) continue;
    if (!doc.supportsScope(rule.meta.scope ?? 'body')) continue;
    if (rule.meta.wholeEmail && doc.message.role?.kind === 'partial') continue;
    const options = withDefaults(rule, setting.options);
    const ctx: RuleContext = {
      options,
      settings: { ...(config.esp ? { esp: config.esp } : {}), locales: config.locales, placeholders: config.placeholders ?? {} },
      report(d: ReportDescriptor) {
        const message = toMessage(doc, rule, setting.severity, d);
        const key = `${rule.meta.id}\0${message.line}\0${message.column}\0${message.endLine}\0${message.endColumn}\0${message.message}`;
        if (said.has(key)) return;
        said.add(key);
        if (d.suggest && fileText !== undefined) {
          const suggestions = d.suggest.flatMap((sg) => {
            const fix = fileEdit(doc, fileText, linesOfFile(fileText), sg.range, sg.text);
            return fix ? [{ desc: sg.desc, fix }] : [];
          });
          if (suggestions.length > 0) message.suggestions = suggestions;
        }
        messages.push(message);
        const span = spans ? spanOf(doc, d) : undefined;
        if (span) spans!.set(message, span);
      },
    };
    try {
      rule.check(doc, ctx);
    } catch (error) {
      // A rule bug must not take the whole file down; say which rule failed.
      messages.push({ ruleId: rule.meta.id, severity: 2, fatal: true, message: `Rule crashed: ${describeError(error)}`, line: 1, column: 1 });
    }
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column || compareRuleIds(a.ruleId, b.ruleId));
  return messages;
}

/**
 * A span of the parsed text as an edit of the user's file: located through the source's mapping, and kept only
 * when the file holds the very same text there (compiled MJML, an .eml's encoded body or an included partial
 * do not, so no edit is offered for them).
 */
function fileEdit(doc: EmailDocument, fileText: string, fileLines: readonly number[], range: Range, text: string): EditInfo | undefined {
  const loc = doc.source.locate(range);
  const start = offsetOf(fileLines, loc.line, loc.column);
  const end = offsetOf(fileLines, loc.endLine, loc.endColumn);
  if (start === undefined || end === undefined || start < 0 || end < start || end > fileText.length) return undefined;
  if (fileText.slice(start, end) !== doc.source.text.slice(range.start, range.end)) return undefined;
  return { range: [start, end], text };
}

/** The span of the parsed text a report points at: its range, its node, else the document location (`<body>`). */
function spanOf(doc: EmailDocument, d: ReportDescriptor): Range | undefined {
  if (d.range) return d.range;
  if (d.node) return isTag(d.node) ? elementSpan(doc, d.node) : nodeRange(d.node);
  if (d.loc) return undefined;
  const body = elements(doc.parsed.root).find((e) => e.name === 'body');
  return body ? startTagRange(body, doc.source.text) : { start: 0, end: 0 };
}

function withDefaults(rule: Rule, options: Record<string, unknown>): Record<string, unknown> {
  return { ...defaultOptions(rule.meta), ...options };
}

function toMessage(doc: EmailDocument, rule: Rule, configured: Severity, d: ReportDescriptor): LintMessage {
  const template = rule.meta.messages[d.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown messageId "${d.messageId}"`);
  const severity = (d.severity !== undefined ? Math.min(configured, d.severity) : configured) as Severity;
  const message = formatMessage(template, d.data ?? {});
  let loc: { line: number; column: number; endLine?: number; endColumn?: number; note?: string };
  if (d.loc) loc = d.loc;
  else if (d.header) loc = doc.headerLocation(d.header.field, d.header.start, d.header.end);
  else if (d.range) loc = doc.source.locate(d.range);
  else if (d.node) loc = doc.source.locate(isTag(d.node) ? elementSpan(doc, d.node) : nodeRange(d.node));
  else loc = doc.documentLocation();
  const { note, ...position } = loc;
  const said = [message, note, rule.meta.wholeEmail ? unresolvedNote(doc) : undefined].filter(Boolean).join(' ');
  return { ruleId: rule.meta.id, messageId: d.messageId, severity, message: said, ...position };
}

/** A whole-email finding on a template whose includes were not all read says so: the missing part may hold it. */
function unresolvedNote(doc: EmailDocument): string | undefined {
  const names = [...new Set(doc.message.unresolved ?? [])];
  if (names.length === 0) return undefined;
  const listed =
    names
      .slice(0, 3)
      .map((n) => `"${n}"`)
      .join(', ') + (names.length > 3 ? ` and ${names.length - 3} more` : '');
  return `(judged without ${listed}, which could not be included)`;
}

/** The element's start tag, or the whole element when it fits on the start tag's line. */
function elementSpan(doc: EmailDocument, el: import('domhandler').Element) {
  const whole = nodeRange(el);
  const text = doc.source.text.slice(whole.start, whole.end);
  return text.includes('\n') ? startTagRange(el, doc.source.text) : whole;
}

export function toResult(
  filePath: string,
  messages: LintMessage[],
  source?: string,
  extra: Pick<LintResult, 'suppressedMessages' | 'usedDeprecatedRules'> = { suppressedMessages: [], usedDeprecatedRules: [] },
): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) errorCount++;
    else if (m.severity === 1) warningCount++;
    if (m.fatal) fatalErrorCount++;
    if (m.fix && m.severity === 2) fixableErrorCount++;
    else if (m.fix && m.severity === 1) fixableWarningCount++;
  }
  return {
    filePath,
    messages,
    errorCount,
    warningCount,
    fatalErrorCount,
    fixableErrorCount,
    fixableWarningCount,
    suppressedMessages: extra.suppressedMessages,
    usedDeprecatedRules: extra.usedDeprecatedRules,
    ...(source !== undefined && (messages.length > 0 || extra.suppressedMessages.length > 0) ? { source } : {}),
  };
}

/** The deprecated rules the config turns on, as ESLint lists them. */
function deprecatedInUse(config: ResolvedConfig, rules: readonly Rule[]): DeprecatedRuleUse[] {
  const out: DeprecatedRuleUse[] = [];
  for (const rule of rules) {
    const { deprecated } = rule.meta;
    if (deprecated && (config.rules[rule.meta.id]?.severity ?? 0) > 0) out.push({ ruleId: rule.meta.id, replacedBy: [...(deprecated.replacedBy ?? [])] });
  }
  return out;
}

function looksBinary(text: string): boolean {
  const head = text.slice(0, 8000);
  return head.includes('\u0000');
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? String(error);
  return String(error);
}
