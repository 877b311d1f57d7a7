// The engine's lintText with the Node hosts' builders (MJML compiled in this thread, .eml), as the CLI and
// API run it: tests name their input by file name and get the same document the CLI would build.
import { lintText as engineLintText, type LintTextOptions } from '../../linter/run.ts';
import { nodeBuilders } from '../../linter/cli/builders.ts';
import type { LintResult } from '../../linter/types.ts';

const builders = nodeBuilders();

export function lintText(text: string, options: LintTextOptions): Promise<LintResult> {
  return engineLintText(text, { builders, ...options });
}
