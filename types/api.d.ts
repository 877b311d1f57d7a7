// Public types of the Node API (`import { lintFiles } from 'optout-lint'`). Hand-written and small;
// test/api.test.ts fails when linter/cli/api.ts stops matching them. Copied to dist/api.d.ts by the build.

export type Severity = 0 | 1 | 2;
export type SeverityName = 'off' | 'warn' | 'error';
export type RuleSetting = SeverityName | Severity | [SeverityName | Severity, Record<string, unknown>?];

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
}

/** One file's result, ESLint's result shape. */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  source?: string;
  /** Only with `keepRendered`: the HTML the rules saw and each message's span in it (for the html report). */
  rendered?: { html: string; marks: { index: number; start: number; end: number }[] };
}

/** A config file's contents (optout.config.json). */
export interface Config {
  extends?: string[];
  rules?: Record<string, RuleSetting>;
  esp?: string;
  locales?: string[];
  headers?: string;
  maxFileSize?: number;
}

/** A config with presets expanded and severities normalised. */
export interface ResolvedConfig {
  rules: Record<string, { severity: Severity; options: Record<string, unknown> }>;
  esp?: string;
  locales: string[];
  headers?: string;
  maxFileSize: number;
}

export type Regulation = 'eprivacy' | 'gdpr' | 'it-privacy-code' | 'pecr' | 'can-spam' | 'casl' | 'gmail-yahoo' | 'rfc2369' | 'rfc8058';

export interface RuleMeta {
  id: string;
  description: string;
  severity: SeverityName;
  docs: { url: string };
  regulations: Regulation[];
  messages: Record<string, string>;
}

export interface FormatterContext {
  cwd: string;
  color: boolean;
  rulesMeta?: Readonly<Record<string, RuleMeta>>;
  version?: string;
}

export interface LintOptions {
  /** Directory that relative paths and patterns are resolved against (default: `process.cwd()`). */
  cwd?: string;
  /** A config object (over the recommended preset unless it says `extends`) or a config file path; default: the nearest config file. */
  config?: Config | string;
  /** Report `optout-disable` directives that silence nothing, with this severity (default off). */
  reportUnusedDisableDirectives?: Severity | SeverityName;
  /** Keep the rendered HTML on results, for the `html` formatter (needed for .mjml previews). */
  keepRendered?: boolean;
}

export interface LintTextApiOptions extends LintOptions {
  /** Name of the text; its extension picks the parser. Default `input.html`. */
  filename?: string;
}

export declare const version: string;

/** Lints one template given as text. */
export declare function lintText(text: string, options?: LintTextApiOptions): Promise<LintResult>;
/** Lints files, directories and globs, like the CLI; results keep the order of the patterns. */
export declare function lintFiles(patterns: string | readonly string[], options?: LintOptions): Promise<LintResult[]>;
/** The resolved configuration that applies to a file; throws ConfigError for an invalid config. */
export declare function loadConfig(filePath: string, options?: Pick<LintOptions, 'cwd' | 'config'>): Promise<ResolvedConfig>;
/** A formatter by name: stylish, json, sarif, github, gitlab, junit, markdown, html. */
export declare function getFormatter(name: string): (results: readonly LintResult[], context?: Partial<FormatterContext>) => string;
/** Rule metadata by id. */
export declare function getRulesMeta(): Record<string, RuleMeta>;

export declare class ConfigError extends Error {}
export declare class NoFilesError extends Error {
  constructor(pattern: string);
  readonly pattern: string;
}
export declare class UnknownFormatterError extends Error {}
