import type { LintResult } from '../../types.ts';

export interface FormatterContext {
  /** Paths are shown relative to this directory when they are inside it. */
  cwd: string;
  color: boolean;
}

/** A pure function from results to text, like ESLint's formatters. */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;
