// The formatters by name.
import type { Formatter } from './types.ts';
import { stylish } from './stylish.ts';
import { json } from './json.ts';

export type { Formatter, FormatterContext } from './types.ts';

export const formatters: Record<string, Formatter> = { stylish, json };

export class UnknownFormatterError extends Error {
  override name = 'UnknownFormatterError';
}

export function getFormatter(name: string): Formatter {
  const formatter = Object.hasOwn(formatters, name) ? formatters[name] : undefined;
  if (!formatter) {
    throw new UnknownFormatterError(`Unknown format "${name}"; valid formats: ${Object.keys(formatters).join(', ')}.`);
  }
  return formatter;
}
