// Read one template from disk and lint it: the unit of work of the CLI and the API, in-thread or in a worker.
import type { LintResult, ResolvedConfig } from '../types.ts';
import { describeError, fatalResult, lintText, type LintTextOptions } from '../run.ts';
import { rules } from '../../rules/index.ts';
import { readTemplate } from './files.ts';
import { nodeBuilders } from './builders.ts';

/** Per-run engine options: directive reporting, the rendered HTML for the html report, the probe hook, the builders. */
export type EngineOptions = Pick<LintTextOptions, 'reportUnusedDisableDirectives' | 'keepRendered' | 'beforeRules' | 'afterRules' | 'builders'>;

/** The builders used when the caller gives none (compiling MJML in this thread). */
const defaultBuilders = nodeBuilders();

export async function lintFile(file: string, config: ResolvedConfig, options: EngineOptions = {}): Promise<LintResult> {
  const read = await readTemplate(file, config.maxFileSize);
  if ('problem' in read) return fatalResult(file, read.problem);
  return lintSource(read.text, file, config, options);
}

export async function lintSource(text: string, filename: string, config: ResolvedConfig, options: EngineOptions = {}): Promise<LintResult> {
  try {
    return await lintText(text, { filename, config, rules, builders: defaultBuilders, ...options });
  } catch (error) {
    return fatalResult(filename, `Internal error while linting: ${describeError(error)}`);
  }
}
