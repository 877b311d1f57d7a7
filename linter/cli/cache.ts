// ESLint-style --cache: a file's result is reused when its content and the config that applies to it are unchanged.
import { readFileSync } from 'node:fs';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { LintResult, ResolvedConfig } from '../types.ts';
import type { EngineOptions } from './lint-file.ts';
import { nodeCrypto } from './lazy-builtin.ts';

interface Entry {
  hash: string;
  config: string;
  result: LintResult;
  /** The partials and layouts the template used, with the hash of their content when it was linted. */
  dependencies?: Record<string, string>;
}

interface CacheFile {
  version: string;
  entries: Record<string, Entry>;
}

export const DEFAULT_CACHE_LOCATION = '.optoutcache';

export class LintCache {
  private entries: Record<string, Entry> = {};
  private readonly configHashes = new WeakMap<ResolvedConfig, string>();
  private dirty = false;

  private constructor(
    readonly location: string,
    private readonly version: string,
  ) {}

  /** Loads the cache; a missing, corrupt or other-version file starts empty. */
  static async open(location: string, version: string): Promise<LintCache> {
    const cache = new LintCache(location, version);
    try {
      const data = JSON.parse(await readFile(location, 'utf8')) as CacheFile;
      if (data.version === version && data.entries && typeof data.entries === 'object') cache.entries = data.entries;
    } catch {
      // no usable cache yet
    }
    return cache;
  }

  static hashText(text: string | Uint8Array): string {
    return nodeCrypto().createHash('sha1').update(text).digest('hex');
  }

  /** The config and the engine options both shape a result (directive reports, rendered HTML). */
  private configHash(config: ResolvedConfig, options: EngineOptions): string {
    let h = this.configHashes.get(config);
    if (!h) {
      h = LintCache.hashText(JSON.stringify(config));
      this.configHashes.set(config, h);
    }
    return `${h}:${options.reportUnusedDisableDirectives ?? 0}:${options.keepRendered ? 1 : 0}`;
  }

  get(file: string, contentHash: string, config: ResolvedConfig, options: EngineOptions): LintResult | undefined {
    const e = this.entries[file];
    if (!e || e.hash !== contentHash || e.config !== this.configHash(config, options)) return undefined;
    // Editing a footer re-lints every template that includes it.
    for (const [dep, hash] of Object.entries(e.dependencies ?? {})) if (hashFile(dep) !== hash) return undefined;
    return { ...e.result, filePath: file };
  }

  set(file: string, contentHash: string, config: ResolvedConfig, options: EngineOptions, result: LintResult): void {
    // Fatal results (unreadable, unparsable) are not cached: the next run should try again.
    if (result.fatalErrorCount > 0) return;
    // Nor a template with an include it could not resolve: the missing partial may appear without the entry changing.
    if (result.messages.some((m) => m.ruleId === null && m.severity === 2)) return;
    // The source text is not stored: the caller has the file's bytes anyway and re-attaches it.
    const { source: _source, ...withoutSource } = result;
    const entry: Entry = { hash: contentHash, config: this.configHash(config, options), result: withoutSource };
    if (result.dependencies?.length) entry.dependencies = Object.fromEntries(result.dependencies.map((dep) => [dep, hashFile(dep) ?? '']));
    this.entries[file] = entry;
    this.dirty = true;
  }

  async save(): Promise<void> {
    if (!this.dirty) return;
    await mkdir(path.dirname(this.location), { recursive: true });
    await writeFile(this.location, JSON.stringify({ version: this.version, entries: this.entries } satisfies CacheFile));
  }
}

/** A partial's content hash, or undefined when it cannot be read any more. */
function hashFile(file: string): string | undefined {
  try {
    return LintCache.hashText(readFileSync(file));
  } catch {
    return undefined;
  }
}
