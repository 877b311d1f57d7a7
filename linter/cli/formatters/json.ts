// ESLint's JSON formatter: the results array, as is.
import type { LintResult } from '../../types.ts';
import type { Formatter } from './types.ts';

export const json: Formatter = (results) => JSON.stringify(results);

/**
 * The same text in pieces, one result at a time, for the CLI to write as it goes: a 5,000-file report
 * (sources included) never exists as one string, which was the CLI's largest allocation.
 */
export function* jsonPieces(results: readonly LintResult[]): Generator<string> {
  yield '[';
  for (let i = 0; i < results.length; i++) yield (i > 0 ? ',' : '') + JSON.stringify(results[i]);
  yield ']';
}
