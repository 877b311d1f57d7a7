// Shared types of the engine. Browser-safe: no Node built-ins anywhere under linter/ (except linter/cli).
import type { AnyNode, Element } from 'domhandler';

export type Severity = 0 | 1 | 2;
export type SeverityName = 'off' | 'warn' | 'error';

/** A span of the source text, as offsets into the text the document was parsed from. */
export interface Range {
  start: number;
  /** Exclusive. */
  end: number;
}

/** 1-based positions, like ESLint's. */
export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Said after the message when the position is approximate (e.g. "(in a base64-encoded part)"). */
  note?: string;
  /** Where the text really is, when it is in another file than the one linted (a template's partial). */
  origin?: Origin;
}

/** A span in another file: the partial a template included (SARIF `relatedLocations`). */
export interface Origin {
  filePath: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** An edit of the user's file, as ESLint writes one: replace [start, end) (UTF-16 offsets) with `text`. */
export interface EditInfo {
  range: [number, number];
  text: string;
}

/** An edit a person may choose to make (ESLint's suggestions): it may change what the email says or looks like. */
export interface SuggestionInfo {
  desc: string;
  fix: EditInfo;
}

/** One finding, in ESLint's message shape (plus our messageId). */
export interface LintMessage {
  ruleId: string | null;
  messageId?: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
  /** An edit that cannot change what the email says or shows; `--fix` applies it. */
  fix?: EditInfo;
  /** Edits for a person to choose from (link text, a colour, a size). */
  suggestions?: SuggestionInfo[];
  /** Not in ESLint's format: the partial where the reported text is written, when the file includes it. */
  origin?: Origin;
}

/** A finding an `optout-disable` directive silenced, as ESLint reports it in `suppressedMessages`. */
export interface SuppressedMessage extends LintMessage {
  suppressions: { kind: 'directive'; justification: string }[];
}

/** A deprecated rule the config turned on, as ESLint lists it. */
export interface DeprecatedRuleUse {
  ruleId: string;
  replacedBy: string[];
}

/** One file's result, exactly ESLint's result shape. */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  /** Findings silenced by `optout-disable` directives, with the directive's reason. */
  suppressedMessages: SuppressedMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** Deprecated rules the config turned on (ESLint's `usedDeprecatedRules`). */
  usedDeprecatedRules: DeprecatedRuleUse[];
  /** The fixed text, when `fix` changed it (ESLint's `output`). */
  output?: string;
  /** The text that was linted, kept for code frames (ESLint keeps it when there are messages). */
  source?: string;
  /**
   * Not part of ESLint's format: only with `keepRendered` (the html report). The HTML the rules saw
   * (compiled HTML for MJML, the body of an .eml) and each message's span in it.
   */
  rendered?: RenderedDocument;
  /** Not part of ESLint's format: with `--render`, the footer screenshots per condition (html report, --render-out). */
  screenshots?: RenderScreenshot[];
  /**
   * Not part of ESLint's format, and not in the CLI's output: the partials and layouts a template used (absolute
   * paths), for the cache and for telling which linted files are partials of others.
   */
  dependencies?: string[];
}

/** `--render`: the footer of the email drawn in one condition, opt-out outlined (base64 PNG, or a written file). */
export interface RenderScreenshot {
  condition: string;
  /** "mobile, 375 px". */
  label: string;
  png?: string;
  file?: string;
}

export interface RenderedDocument {
  html: string;
  /** `index` is the position of the message in `messages`; offsets are into `html`. */
  marks: { index: number; start: number; end: number }[];
}

export type RuleSetting = SeverityName | Severity | [SeverityName | Severity, Record<string, unknown>?];

export interface Config {
  extends?: string[];
  rules?: Record<string, RuleSetting>;
  /** The ESP the templates are sent with (mailchimp, sendgrid, …). */
  esp?: string;
  /** Languages the emails are written in; the first one is the default when detection is unsure. */
  locales?: string[];
  /** A raw RFC 5322 header block to lint template bodies with. */
  headers?: string;
  /** Max file size in bytes. */
  maxFileSize?: number;
  /** .eml: most header fields in one header block (default 1000). */
  maxHeaders?: number;
  /** .eml: longest header field value, in characters, after unfolding (default 1 MiB). */
  maxHeaderLength?: number;
  /** Template partial folders, relative to the config file (searched after the conventional ones). */
  partials?: string[];
  /** In-house placeholders: an opt-out href made of one is an opt-out; an address or sender token satisfies those rules. */
  placeholders?: Placeholders;
  /** Settings for some files only (globs relative to the config file; later entries win), like ESLint's overrides. */
  overrides?: Override[];
  /** Files not linted (gitignore syntax, relative to the config file). */
  ignorePatterns?: string[];
}

/** A config for the files its globs match (gitignore syntax, relative to the config file). */
export interface Override extends Pick<Config, 'rules' | 'esp' | 'locales' | 'placeholders' | 'headers' | 'partials'> {
  files: string[];
  excludedFiles?: string[];
}

export interface Placeholders {
  unsubscribe?: string[];
  address?: string[];
  sender?: string[];
}

/** A config with presets expanded and severities normalised. */
export interface ResolvedConfig {
  rules: Record<string, { severity: Severity; options: Record<string, unknown> }>;
  esp?: string;
  locales: string[];
  headers?: string;
  maxFileSize: number;
  maxHeaders?: number;
  maxHeaderLength?: number;
  /** Folders searched for template partials, absolute (the host resolves the config's relative ones). */
  partials?: string[];
  /** The folder of the config file that applies (the host fills it): partials may not be read from outside it. */
  projectRoot?: string;
  /** Tokens the team's own sender fills in (config `placeholders`), whitespace inside braces ignored. */
  placeholders?: Placeholders;
}

export type { AnyNode, Element };
