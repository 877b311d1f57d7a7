// Turns command-line patterns (files, directories, globs) into the list of files to lint, and reads them.
import { readdir, stat } from 'node:fs/promises';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { TEMPLATE_LANGUAGES } from './templates.ts';

/** The endings searched in folders and kept from globs (`--ext` replaces them). */
const TEMPLATE_EXTENSIONS: readonly string[] = ['.html', '.htm', '.mjml', '.eml', ...TEMPLATE_LANGUAGES.flatMap((l) => l.extensions)];

export class NoFilesError extends Error {
  override name = 'NoFilesError';
  constructor(readonly pattern: string) {
    super(`No files matching '${pattern}' were found.`);
  }
}

/** Every file a pattern matched is ignored (ESLint 9: exit 2, unless the pattern names one file). */
export class AllFilesIgnoredError extends Error {
  override name = 'AllFilesIgnoredError';
  constructor(readonly pattern: string) {
    super(`All files matched by '${pattern}' are ignored.`);
  }
}

export interface ExpandOptions {
  /** File endings searched in folders and kept from globs (default: the template endings). */
  extensions?: readonly string[];
  /** A pattern that matches nothing throws NoFilesError (default); false: it is skipped. */
  errorOnUnmatchedPattern?: boolean;
}

/** A file to lint, or a named path that cannot be (reported as one fatal message). */
export interface Target {
  /** Absolute path. */
  path: string;
  problem?: string;
  /** Named on the command line (not found in a folder or by a glob): an ignore pattern warns instead of skipping silently. */
  explicit?: boolean;
  /** The pattern that found it. */
  pattern: string;
}

/** React Email components are found in folders only under an `emails/` folder (where React Email keeps them). */
const REACT_EXTENSIONS = ['.tsx', '.jsx'];

function isTemplate(file: string, extensions: readonly string[]): boolean {
  const lower = file.toLowerCase();
  if (extensions.some((ext) => lower.endsWith(ext))) return true;
  return extensions === TEMPLATE_EXTENSIONS && REACT_EXTENSIONS.some((ext) => lower.endsWith(ext)) && file.split(/[\\/]/).includes('emails');
}

/**
 * Expands patterns in order, without duplicates. Named files are kept whatever their extension;
 * directories are walked for templates (skipping node_modules and dot-directories); globs are
 * filtered to templates. A pattern that yields nothing, a missing file included, throws NoFilesError
 * (ESLint 9), unless `errorOnUnmatchedPattern` is false; a named file that cannot be read becomes a fatal
 * result so the rest of the run goes on.
 */
export async function expandPatterns(patterns: readonly string[], cwd: string, options: ExpandOptions = {}): Promise<Target[]> {
  const extensions = options.extensions ?? TEMPLATE_EXTENSIONS;
  const unmatched = (pattern: string) => {
    if (options.errorOnUnmatchedPattern !== false) throw new NoFilesError(pattern);
  };
  const out: Target[] = [];
  const seen = new Set<string>();
  const add = (t: Target) => {
    if (seen.has(t.path)) return;
    seen.add(t.path);
    out.push(t);
  };
  for (const pattern of patterns) {
    const abs = path.resolve(cwd, pattern);
    const info = await stat(abs).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      if (isDynamicPattern(pattern)) {
        const found = await globTemplates(pattern, cwd, extensions);
        if (found.length === 0) unmatched(pattern);
        found.forEach((p) => add({ path: p, pattern }));
      } else if (info.code === 'ENOENT' || info.code === 'ENOTDIR') {
        unmatched(pattern);
      } else {
        add({ path: abs, problem: describeFsError(info), pattern });
      }
    } else if (info.isDirectory()) {
      if (isTemplate(abs, extensions)) {
        add({ path: abs, problem: 'Is a directory, not a file.', pattern });
        continue;
      }
      const found = await walk(abs, extensions);
      if (found.length === 0) unmatched(pattern);
      found.forEach((p) => add({ path: p, pattern }));
    } else {
      add({ path: abs, explicit: true, pattern });
    }
  }
  return out;
}

async function globTemplates(pattern: string, cwd: string, extensions: readonly string[]): Promise<string[]> {
  const found = await glob(pattern, {
    cwd,
    absolute: true,
    dot: false,
    onlyFiles: true,
    ignore: ['**/node_modules/**'],
    expandDirectories: false,
  });
  return found
    .filter((p) => isTemplate(p, extensions))
    .map((p) => path.normalize(p))
    .sort(compareNames);
}

/** Templates under a directory, depth-first in name order. Directories named like files are skipped. */
async function walk(dir: string, extensions: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => compareNames(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full, extensions)));
    else if (isTemplate(full, extensions)) {
      if (entry.isFile()) out.push(full);
      else if (entry.isSymbolicLink()) {
        // A link to a file is linted; a link to a directory is not followed (no cycles).
        const target = await stat(full).catch(() => undefined);
        if (target?.isFile()) out.push(full);
      }
    }
  }
  return out;
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function describeFsError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'No such file or directory.';
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied.';
    case 'EISDIR':
      return 'Is a directory, not a file.';
    default:
      return `Cannot read file: ${error.message}`;
  }
}

/** Template text from raw bytes: UTF-8 by default, UTF-16 when it starts with a UTF-16 BOM; BOM stripped. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // Buffer's decoder (V8's) is the fastest; like TextDecoder it replaces invalid sequences with U+FFFD.
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; // a UTF-8 BOM is dropped
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start).toString('utf8');
}

export type ReadOutcome = { text: string } | { problem: string };

/** Reads a template, refusing directories and files over maxFileSize before reading them. */
export async function readTemplate(file: string, maxFileSize: number): Promise<ReadOutcome> {
  // Synchronous on purpose: linting is CPU-bound (in this thread or a worker), and the promise API cost
  // ~0.7 ms per file in thread-pool round trips, a tenth of the lint of a typical template.
  try {
    const info = statSync(file);
    if (info.isDirectory()) return { problem: 'Is a directory, not a file.' };
    if (info.size > maxFileSize) {
      return { problem: `File is ${info.size} bytes, over the limit of ${maxFileSize} (set maxFileSize in the config to raise it).` };
    }
    return { text: decodeText(readFileSync(file)) };
  } catch (error) {
    return { problem: describeFsError(error as NodeJS.ErrnoException) };
  }
}
