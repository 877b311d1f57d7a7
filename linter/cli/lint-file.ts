// Read one template from disk and lint it: the unit of work of the CLI, in-thread or in a worker.
import type { LintResult, ResolvedConfig } from '../types.ts';
import type { EmailDocument } from '../document.ts';
import { describeError, fatalResult, lintText } from '../run.ts';
import { rules } from '../../rules/index.ts';
import { readTemplate } from './files.ts';

export async function lintFile(file: string, config: ResolvedConfig): Promise<LintResult> {
  const read = await readTemplate(file, config.maxFileSize);
  if ('problem' in read) return fatalResult(file, read.problem);
  return lintSource(read.text, file, config);
}

export async function lintSource(
  text: string,
  filename: string,
  config: ResolvedConfig,
  beforeRules?: (doc: EmailDocument) => Promise<void>,
): Promise<LintResult> {
  try {
    return await lintText(text, { filename, config, rules, ...(beforeRules ? { beforeRules } : {}) });
  } catch (error) {
    return fatalResult(filename, `Internal error while linting: ${describeError(error)}`);
  }
}
