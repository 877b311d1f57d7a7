// The formatters by name.
import type { Formatter } from './types.ts';
import { stylish } from './stylish.ts';
import { json } from './json.ts';
import { sarif } from './sarif.ts';
import { github } from './github.ts';
import { gitlab } from './gitlab.ts';
import { junit } from './junit.ts';
import { markdown } from './markdown.ts';
import { html } from './html.ts';

export type { Formatter, FormatterContext } from './types.ts';

export const formatters: Record<string, Formatter> = { stylish, json, sarif, github, gitlab, junit, markdown, html };

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
