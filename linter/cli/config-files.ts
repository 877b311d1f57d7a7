// Finds and loads config files: the nearest optout.config.json(c), .optoutrc.json or package.json "optout"
// key above each linted file, cached per directory. `--config FILE` replaces the search. Comments and trailing
// commas are allowed (JSONC), as in ESLint's and VS Code's config files.
import { readFile } from 'node:fs/promises';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import path from 'node:path';
import type { Config } from '../types.ts';
import { ConfigError, validateConfig, type Registry } from '../config.ts';

const CONFIG_FILE_NAMES = ['optout.config.json', 'optout.config.jsonc', '.optoutrc.json', 'package.json'] as const;

export interface LoadedConfig {
  /** Absolute path of the file it came from. */
  file: string;
  config: Config;
}

export class ConfigFiles {
  private readonly byDir = new Map<string, Promise<LoadedConfig | undefined>>();
  private readonly byFile = new Map<string, Promise<LoadedConfig | undefined>>();
  private explicit: Promise<LoadedConfig | undefined> | undefined;

  /** `explicitFile`: the absolute path given with --config; it applies to every file. */
  constructor(
    private readonly registry: Registry,
    private readonly explicitFile?: string,
  ) {}

  /** The config that applies to a file (absolute path), or undefined when there is none. */
  async forFile(file: string): Promise<LoadedConfig | undefined> {
    if (this.explicitFile !== undefined) {
      this.explicit ??= this.load(this.explicitFile, true);
      return this.explicit;
    }
    return this.forDir(path.dirname(file));
  }

  private forDir(dir: string): Promise<LoadedConfig | undefined> {
    let found = this.byDir.get(dir);
    if (!found) {
      found = this.search(dir);
      this.byDir.set(dir, found);
    }
    return found;
  }

  private async search(dir: string): Promise<LoadedConfig | undefined> {
    for (const name of CONFIG_FILE_NAMES) {
      const loaded = await this.loadCached(path.join(dir, name));
      if (loaded) return loaded;
    }
    const parent = path.dirname(dir);
    return parent === dir ? undefined : this.forDir(parent);
  }

  private loadCached(file: string): Promise<LoadedConfig | undefined> {
    let loaded = this.byFile.get(file);
    if (!loaded) {
      loaded = this.load(file, false);
      this.byFile.set(file, loaded);
    }
    return loaded;
  }

  /** Reads and validates one file; undefined when it does not exist (or is a package.json without "optout"). */
  private async load(file: string, required: boolean): Promise<LoadedConfig | undefined> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!required && (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR')) return undefined;
      throw new ConfigFileError(file, code === 'ENOENT' ? 'file not found' : `cannot read it (${code ?? String(error)})`);
    }
    let json: unknown;
    try {
      json = parseJsonc(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new ConfigFileError(file, `invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const isPackageJson = path.basename(file) === 'package.json';
    if (isPackageJson) {
      if (typeof json !== 'object' || json === null || !('optout' in json)) {
        if (required) throw new ConfigFileError(file, 'has no "optout" key');
        return undefined;
      }
      json = (json as { optout: unknown }).optout;
    }
    try {
      return { file, config: validateConfig(json, this.registry) };
    } catch (error) {
      if (error instanceof ConfigError) {
        throw new ConfigFileError(file, isPackageJson ? `optout.${error.message}` : error.message);
      }
      throw error;
    }
  }
}

/**
 * JSON with comments and trailing commas, as ESLint's and VS Code's config files take it. The first syntax
 * error is thrown with its line and column.
 */
function parseJsonc(text: string): unknown {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) {
    const before = text.slice(0, first.offset);
    const line = before.split('\n').length;
    const column = first.offset - before.lastIndexOf('\n');
    throw new Error(`${printParseErrorCode(first.error)} at line ${line}, column ${column}`);
  }
  return value;
}

/** A config file that cannot be used; the message names the file and the key. */
class ConfigFileError extends ConfigError {
  override name = 'ConfigFileError';
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}
