// Template languages for the Node hosts: where partials are found on disk, which files are partials, and the
// builders that compose a template with them (the composition itself is the engine's, linter/templates/).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { InputBuilder } from '../builders/index.ts';
import { templateBuilder, type TemplateHost } from '../templates/builder.ts';
import { goLanguage } from '../templates/go.ts';
import { handlebarsLanguage } from '../templates/handlebars.ts';
import { djangoLanguage, jinjaLanguage } from '../templates/jinja.ts';
import { liquidLanguage } from '../templates/liquid.ts';
import { maizzleLanguage } from '../templates/maizzle.ts';
import type { LoadedTemplate, TemplateLanguage, TemplateLoader } from '../templates/types.ts';
import type { ResolvedConfig } from '../types.ts';

// Order matters for `.html` files: the first language whose composition tags a file has takes it (Maizzle's
// `<x-…>` first, as its templates hold `{{ }}` expressions too; Django's `{% load %}` before the Jinja family's
// `{% extends %}`).
export const TEMPLATE_LANGUAGES: readonly TemplateLanguage[] = [handlebarsLanguage, liquidLanguage, maizzleLanguage, djangoLanguage, jinjaLanguage, goLanguage];

/** Folders whose files are partials by convention, searched for partials from the including file up to the project root. */
export const PARTIAL_FOLDERS = ['partials', '_partials', 'includes', '_includes', 'snippets', 'sections', 'layouts', '_layouts', 'components'];
const PARTIAL_FOLDER_SET = new Set(PARTIAL_FOLDERS);

/** Files read for composition, kept while they do not change (a partial is read once per run, not once per entry). */
const reads = new Map<string, { mtimeMs: number; size: number; text: string }>();

function readCached(file: string): string | undefined {
  let info;
  try {
    // Most lookups miss (a partial is tried in several folders and endings): no exception for those.
    info = statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  if (!info?.isFile()) return undefined;
  const cached = reads.get(file);
  if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.text;
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  reads.set(file, { mtimeMs: info.mtimeMs, size: info.size, text });
  return text;
}

/** The project a template belongs to: its config file's folder (the host fills `projectRoot`), else the current folder. */
function projectRootOf(config: ResolvedConfig): string {
  return config.projectRoot ?? process.cwd();
}

function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** `searchDirs` answers by folder, root and extra folders (every entry of a folder asks the same). */
const searchDirsCache = new Map<string, string[]>();

/** Where a partial named from `from` may be, in the order the template systems look. */
function searchDirs(from: string, root: string, extra: readonly string[]): string[] {
  const key = `${path.dirname(from)}\0${root}\0${extra.join('\0')}`;
  let dirs = searchDirsCache.get(key);
  if (!dirs) {
    if (searchDirsCache.size > 1000) searchDirsCache.clear();
    dirs = computeSearchDirs(from, root, extra);
    searchDirsCache.set(key, dirs);
  }
  return dirs;
}

function computeSearchDirs(from: string, root: string, extra: readonly string[]): string[] {
  const dirs: string[] = [path.dirname(from)];
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    for (const folder of PARTIAL_FOLDERS) dirs.push(path.join(dir, folder));
    if (dir !== path.dirname(from)) dirs.push(dir);
    if (!isInside(dir, root) || dir === root || path.dirname(dir) === dir) break;
  }
  dirs.push(...extra);
  return [...new Set(dirs)];
}

function candidateNames(name: string, language: TemplateLanguage): string[] {
  const hasExtension = path.extname(name) !== '';
  const names = hasExtension ? [name] : language.partialExtensions.map((ext) => `${name}${ext}`);
  if (language.underscorePartials) {
    for (const n of [...names]) names.push(path.join(path.dirname(n), `_${path.basename(n)}`));
  }
  return names;
}

/** The files of a folder, kept while the folder does not change (Go's template lookups list the same folders). */
const listings = new Map<string, { mtimeMs: number; names: string[] }>();
/**
 * Where partials and Go templates were found, remembered for one run over many files (`templateRun`): every entry
 * of a folder asks for the same ones. Outside a run (the language server, the ESLint plugin, one file at a time)
 * nothing is remembered, so a file created, moved or deleted between two lints is always seen.
 */
interface RunMemo {
  /** The file a partial was found in, by the including file's folder, the language, the name and the project root. */
  partials: Map<string, string>;
  /** The file a Go template was defined in, by the including file's folder and the template's name. */
  definitions: Map<string, string>;
}
let runMemo: RunMemo | undefined;
let openRuns = 0;

/** Starts a run (runs may overlap: the memo lives until the last one ends); returns its end. */
export function beginTemplateRun(): () => void {
  openRuns++;
  runMemo ??= { partials: new Map(), definitions: new Map() };
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    if (--openRuns === 0) runMemo = undefined;
  };
}

/** Runs `work` (a lint of many files) as one template run. */
export async function templateRun<T>(work: () => Promise<T>): Promise<T> {
  const end = beginTemplateRun();
  try {
    return await work();
  } finally {
    end();
  }
}

/** A Go template set is looked for in at most this many files per lookup (a folder of thousands is not read whole). */
const MAX_SET_FILES = 400;

function listFiles(dir: string): string[] {
  let info;
  try {
    info = statSync(dir, { throwIfNoEntry: false });
  } catch {
    return [];
  }
  if (!info?.isDirectory()) return [];
  const cached = listings.get(dir);
  if (cached && cached.mtimeMs === info.mtimeMs) return cached.names;
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort();
  } catch {
    names = [];
  }
  listings.set(dir, { mtimeMs: info.mtimeMs, names });
  return names;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function fileLoader(entry: string, config: ResolvedConfig): TemplateLoader {
  const root = projectRootOf(config);
  // Partials may be read from the project (the config file's folder), the current folder, or the entry's own folder.
  const allowed = [root, process.cwd(), path.dirname(path.resolve(entry))];
  const inProject = (file: string) => allowed.some((dir) => isInside(file, dir));
  const display = (file: string) => path.relative(root, file) || path.basename(file);
  return {
    display,
    findDefinition(name, from, language) {
      const defines = new RegExp(`\\{\\{-?\\s*define\\s+(?:"${escapeRegExp(name)}"|\`${escapeRegExp(name)}\`)`);
      // Every email of a listmonk project asks for "header" and "footer": in a run, the file found for the first
      // email is tried first (and still checked against its text).
      const key = `${path.dirname(path.resolve(from))}\0${name}`;
      const known = runMemo?.definitions.get(key);
      const knownText = known === undefined ? undefined : readCached(known);
      if (known !== undefined && knownText !== undefined && defines.test(knownText)) return { path: known, text: knownText };
      const endings = new Set(language.partialExtensions);
      let read = 0;
      for (const dir of searchDirs(from, root, config.partials ?? [])) {
        for (const fileName of listFiles(dir)) {
          const file = path.join(dir, fileName);
          if (!endings.has(path.extname(fileName).toLowerCase()) || file === path.resolve(from) || !inProject(file)) continue;
          if (++read > MAX_SET_FILES) return undefined;
          const text = readCached(file);
          if (text !== undefined && defines.test(text)) {
            runMemo?.definitions.set(key, file);
            return { path: file, text };
          }
        }
      }
      return undefined;
    },
    load(name, from, language): LoadedTemplate | { problem: string } {
      // In a run, every entry of a folder includes the same partials: the file found for the first is tried first.
      const key = `${path.dirname(path.resolve(from))}\0${language.name}\0${name}\0${root}`;
      const known = runMemo?.partials.get(key);
      const knownText = known === undefined ? undefined : readCached(known);
      if (known !== undefined && knownText !== undefined) return { path: known, text: knownText };
      const dirs = searchDirs(from, root, config.partials ?? []);
      let outside: string | undefined;
      for (const dir of dirs) {
        for (const candidate of candidateNames(name, language)) {
          const file = path.resolve(dir, candidate);
          if (!inProject(file)) {
            outside ??= file;
            continue;
          }
          const text = readCached(file);
          if (text !== undefined) {
            runMemo?.partials.set(key, file);
            return { path: file, text };
          }
        }
      }
      if (outside !== undefined && (path.isAbsolute(name) || name.split(/[\\/]/).includes('..'))) {
        return { problem: `Partial "${name}" would be read from ${outside}, outside the project (${root}); it is not read.` };
      }
      const shown = dirs.filter(inProject).map((d) => `${display(d) || '.'}/`);
      const listed = shown.length > 6 ? `${shown.slice(0, 6).join(', ')} and ${shown.length - 6} more` : shown.join(', ');
      return { problem: `Partial "${name}" not found (looked in ${listed}); add its folder to "partials" in the config.` };
    },
  };
}

/** A partial by its place: in a conventional partials folder (below the project root) or named `_something`. */
function isPartialPath(filename: string, root: string): boolean {
  if (path.basename(filename).startsWith('_')) return true;
  const rel = path.relative(root, path.dirname(path.resolve(filename)));
  const segments = rel.startsWith('..') || path.isAbsolute(rel) ? path.dirname(path.resolve(filename)).split(path.sep) : rel.split(path.sep);
  return segments.some((s) => PARTIAL_FOLDER_SET.has(s));
}

/** Partials from disk, for the template builders and MJML's <mj-include>. */
export const nodeTemplateHost: TemplateHost = {
  loader: (filename, config) => fileLoader(filename, config),
  isPartial: (filename, config) => isPartialPath(filename, projectRootOf(config)),
};

export function templateBuilders(): InputBuilder[] {
  return TEMPLATE_LANGUAGES.map((language) => templateBuilder(language, nodeTemplateHost));
}
