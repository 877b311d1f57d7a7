import type { LintResult } from '../../types.ts';
import type { RuleMeta } from '../../rule.ts';

export interface FormatterContext {
  /** Paths are shown relative to this directory when they are inside it. */
  cwd: string;
  color: boolean;
  /** Metadata of the rules, by id (descriptions, help URLs, default severities) — like ESLint's `rulesMeta`. */
  rulesMeta?: Readonly<Record<string, RuleMeta>>;
  /** The tool's version, for reports that name it (SARIF). */
  version?: string;
}

/** A pure function from results to text, like ESLint's formatters. */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;
