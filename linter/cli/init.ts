// `optout-lint --init`: looks at the templates under the current folder and writes a starter optout.config.json,
// as `npm init @eslint/config` does for ESLint: the ESP (from its opt-out merge tags), the languages the emails are
// written in, and partial folders that the includes name but the conventional folder names would not find.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../types.ts';
import { findMergeTags } from '../links/merge-tags.ts';
import { detectLanguageOfText } from '../links/language.ts';
import { expandPatterns } from './files.ts';
import { PARTIAL_FOLDERS } from './templates.ts';

const CONFIG_FILE = 'optout.config.json';
const EXISTING = ['optout.config.json', 'optout.config.jsonc', '.optoutrc.json'];
/** Enough files to see a project's habits without reading a whole monorepo. */
const MAX_FILES = 500;
const MAX_BYTES = 1024 * 1024;

export interface InitOutcome {
  file: string;
  config: Config;
  /** What was found, in words, for the person who ran it. */
  notes: string[];
}

export class InitError extends Error {
  override name = 'InitError';
}

export async function initConfig(cwd: string): Promise<InitOutcome> {
  for (const name of EXISTING) {
    if (existsSync(path.join(cwd, name))) throw new InitError(`${name} already exists here; --init does not overwrite a config.`);
  }
  const targets = (await expandPatterns(['.'], cwd, { errorOnUnmatchedPattern: false })).slice(0, MAX_FILES);
  const espVotes = new Map<string, number>();
  const langs = new Map<string, number>();
  const included = new Set<string>();
  let read = 0;
  for (const { path: file } of targets) {
    let text: string;
    try {
      if (statSync(file).size > MAX_BYTES) continue;
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    read++;
    for (const tag of findMergeTags(text)) for (const esp of tag.esps) espVotes.set(esp, (espVotes.get(esp) ?? 0) + 1 / tag.esps.length);
    const lang = /<html[^>]*\slang=["']?([a-z]{2})/i.exec(text)?.[1]?.toLowerCase() ?? detectLanguageOfText(text.replace(/<[^<>]*>/g, ' '), '');
    if (lang) langs.set(lang, (langs.get(lang) ?? 0) + 1);
    for (const name of includeNames(text)) included.add(name);
  }
  const config: Config = { extends: ['optout-lint:recommended'] };
  const notes = [`Read ${read} template${read === 1 ? '' : 's'}.`];
  const esp = topVote(espVotes);
  if (esp) {
    config.esp = esp.name;
    notes.push(`ESP: ${esp.name} (its opt-out merge tags, in ${Math.round(esp.votes)} place${Math.round(esp.votes) === 1 ? '' : 's'}).`);
  } else notes.push('ESP: none recognised (no ESP opt-out merge tag found); set "esp" if you send with one.');
  const locales = [...langs.entries()].sort((a, b) => b[1] - a[1]).map(([l]) => l);
  if (locales.length > 0) {
    config.locales = locales.slice(0, 5);
    notes.push(`Languages: ${config.locales.join(', ')}.`);
  }
  const partials = partialFolders(
    cwd,
    targets.map((t) => t.path),
    included,
  );
  if (partials.length > 0) {
    config.partials = partials;
    notes.push(`Partial folders the conventional names would not find: ${partials.join(', ')}.`);
  }
  const schema = existsSync(path.join(cwd, 'node_modules', 'optout-lint', 'schema.json'))
    ? './node_modules/optout-lint/schema.json'
    : 'https://unpkg.com/optout-lint/schema.json';
  const file = path.join(cwd, CONFIG_FILE);
  writeFileSync(file, `${JSON.stringify({ $schema: schema, ...config }, null, 2)}\n`);
  return { file, config, notes };
}

function topVote(votes: Map<string, number>): { name: string; votes: number } | undefined {
  const sorted = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = sorted;
  // A tie (a tag several ESPs share, and nothing else) says nothing.
  if (!first || (second && second[1] === first[1])) return undefined;
  return { name: first[0], votes: first[1] };
}

/** Names a template includes: Handlebars partials, Liquid/Nunjucks/Jinja includes and layouts, MJML includes. */
function includeNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\{\{#?>\s*([\w./-]+)/g)) out.push(m[1]!);
  for (const m of text.matchAll(/\{%-?\s*(?:include|render|extends|import|from|layout)\s+["']([^"'\n]+)["']/g)) out.push(m[1]!);
  for (const m of text.matchAll(/<mj-include\s+path=["']([^"'\n]+)["']/g)) out.push(m[1]!);
  return out;
}

/** Folders of the files the includes name, when no conventional folder name (partials, layouts…) covers them. */
function partialFolders(cwd: string, files: readonly string[], names: ReadonlySet<string>): string[] {
  const conventional = new Set(PARTIAL_FOLDERS);
  const folders = new Set<string>();
  for (const name of names) {
    const base = path.basename(name).replace(/^_/, '');
    const match = files.find((f) => {
      const b = path.basename(f).replace(/^_/, '');
      return b === base || b.slice(0, b.lastIndexOf('.')) === base;
    });
    if (!match) continue;
    // A name with folders (Django's "newsletter/emails/_book.html") is read from a template root: the folder the
    // name is relative to. The lookup walks up from the including file, so a root above the templates needs no config.
    const nested = name.replace(/\\/g, '/').replace(/^\.?\//, '');
    const matchPath = match.split(path.sep).join('/');
    if (nested.includes('/') && matchPath.endsWith(`/${nested}`)) {
      const root = matchPath.slice(0, -nested.length - 1);
      if (files.some((f) => f.split(path.sep).join('/').startsWith(`${root}/`) && f !== match)) continue;
      folders.add(path.relative(cwd, root).split(path.sep).join('/') || '.');
      continue;
    }
    const rel = path.relative(cwd, path.dirname(match));
    if (rel === '' || rel.startsWith('..') || rel.split(path.sep).some((s) => conventional.has(s))) continue;
    folders.add(rel.split(path.sep).join('/'));
  }
  return [...folders].sort();
}
