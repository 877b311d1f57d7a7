// ESLint's JSON formatter: the results array, as is.
import type { Formatter } from './types.ts';

export const json: Formatter = (results) => JSON.stringify(results);
