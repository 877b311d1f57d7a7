// The formatters by name.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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

/** A formatter of the user's: a path (`./my-formatter.js`) or a package (`optout-lint-formatter-NAME`, `eslint-formatter-NAME`, NAME). */
export type LoadedFormatter = (...args: Parameters<Formatter>) => string | Promise<string>;

/**
 * The built-in formatter of that name, or the user's, loaded the way ESLint loads `-f`: a path is relative to
 * `cwd`; a bare name is tried as `optout-lint-formatter-NAME`, `eslint-formatter-NAME`, then NAME, resolved
 * from `cwd`. Its default export is `(results, context) => string | Promise<string>`, ESLint's signature.
 */
export async function loadFormatter(name: string, cwd: string): Promise<LoadedFormatter> {
  if (Object.hasOwn(formatters, name)) return formatters[name]!;
  const isPath = /[\\/]/.test(name) || name.startsWith('.') || /\.[cm]?js$/.test(name);
  const candidates = isPath
    ? [pathToFileURL(path.resolve(cwd, name)).href]
    : [`optout-lint-formatter-${name}`, `eslint-formatter-${name}`, name].flatMap((id) => {
        try {
          return [pathToFileURL(createRequire(path.join(cwd, 'noop.js')).resolve(id)).href];
        } catch {
          return [];
        }
      });
  if (candidates.length === 0) {
    throw new UnknownFormatterError(
      `Unknown format "${name}"; valid formats: ${Object.keys(formatters).join(', ')}, a path to a formatter module, or an installed formatter package.`,
    );
  }
  let loaded: unknown;
  try {
    const mod = (await import(candidates[0]!)) as { default?: unknown };
    loaded = mod.default ?? mod;
  } catch (error) {
    throw new UnknownFormatterError(`Cannot load the formatter "${name}": ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (typeof loaded !== 'function') throw new UnknownFormatterError(`The formatter "${name}" does not export a function (results, context) => string.`);
  return loaded as LoadedFormatter;
}

export function getFormatter(name: string): Formatter {
  const formatter = Object.hasOwn(formatters, name) ? formatters[name] : undefined;
  if (!formatter) {
    throw new UnknownFormatterError(`Unknown format "${name}"; valid formats: ${Object.keys(formatters).join(', ')}.`);
  }
  return formatter;
}
