// The Node API's core, like ESLint's `ESLint` class: config resolution, file enumeration, cache, worker
// pool and the MJML compiler thread, all behind `lintFiles` / `lintText`. The CLI only maps argv to these
// options and writes what comes back.
import { existsSync, readFileSync } from 'node:fs';
import ignore, { type Ignore } from 'ignore';
import path from 'node:path';
import type { Config, LintMessage, LintResult, Override, ResolvedConfig, Severity } from '../types.ts';
import type { Rule, RuleMeta } from '../rule.ts';
import type { EmailDocument } from '../document.ts';
import type { InputBuilder } from '../builders/index.ts';
import { fatalResult } from '../run.ts';
import { applyFixes } from '../fix.ts';
import { ConfigError, PRESET_PREFIX, resolveConfig, type Registry } from '../config.ts';
import { rules as builtInRules, presets } from '../../rules/index.ts';
import pkg from '../../package.json' with { type: 'json' };
import { ConfigFiles } from './config-files.ts';
import { AllFilesIgnoredError, decodeText, expandPatterns, readTemplate, type Target } from './files.ts';
import { lintFile, lintSource, type EngineOptions } from './lint-file.ts';
import type { RenderSession, RenderSettings } from './render/session.ts';
import { LintPool, mjmlInThread, workerCount } from './pool.ts';
import { MjmlCompileWorker } from './mjml-compiler.ts';
import { isMjmlFile, nodeBuilders } from './builders.ts';
import { templateRun } from './templates.ts';
import { DEFAULT_CACHE_LOCATION, LintCache } from './cache.ts';

export interface OptoutLintOptions {
  /** Directory that relative paths and patterns are resolved against (default: `process.cwd()`). */
  cwd?: string;
  /** Applied first, under every config file (the CLI's `--profile`). */
  baseConfig?: Config;
  /** Search for the nearest config file of each template (default true). */
  configLookup?: boolean;
  /** This config file applies to every template instead of the nearest one (the CLI's `--config`). */
  overrideConfigFile?: string;
  /** Applied last, over the config files, in order (the CLI's `--rule` and `--headers`). */
  overrideConfig?: Config | readonly Config[];
  /** Report `optout-disable` directives that silence nothing, with this severity. Default 0 (off). */
  reportUnusedDisableDirectives?: Severity | 'off' | 'warn' | 'error';
  /** Keep the rendered HTML on results, for the `html` formatter. Default false. */
  keepRendered?: boolean;
  /** Reuse results of unchanged files (content and config hashed), ESLint-style. Default false. */
  cache?: boolean;
  /** Cache file, relative to `cwd` (default `.optoutcache`). */
  cacheLocation?: string;
  /** Worker threads for `lintFiles`: `off`, `auto` (default) or a number; needs `workerUrl`. */
  concurrency?: string;
  /**
   * The worker entry of the bundle (dist/worker.js). Without it everything runs in this thread. The
   * published API sets it; callers of the sources leave it out.
   */
  workerUrl?: URL;
  /** `--probe`: contact the List-Unsubscribe and body opt-out endpoints (never cached, never pooled). */
  probe?: { timeoutMs: number; allowPrivate: boolean; onNote?: (filePath: string, note: string) => void };
  /**
   * `--render`: also judge the opt-out in the email drawn by a real Chromium (needs playwright-core and a
   * Chromium or Chrome; without them the static judgment runs alone and `onUnavailable` is told why). Never
   * cached, never pooled.
   */
  render?: RenderSettings;
  /** More input builders (template languages), tried before the built-in MJML and .eml builders. */
  builders?: readonly InputBuilder[];
  /** Use ignore patterns: `.optoutignore`, config `ignorePatterns`, `ignorePatterns` below (default true; `--no-ignore`). */
  ignore?: boolean;
  /** More files not to lint, gitignore syntax relative to `cwd` (the CLI's `--ignore-pattern`). */
  ignorePatterns?: readonly string[];
  /** File endings searched in folders and kept from globs (the CLI's `--ext`), with the dot. */
  extensions?: readonly string[];
  /** A pattern that matches no file, or only ignored files, throws (default true, like ESLint). */
  errorOnUnmatchedPattern?: boolean;
  /** Told, per file, which config file, overrides and ignore patterns applied (the CLI's `--debug`). */
  onDebug?: (line: string) => void;
  /**
   * Apply the edits that cannot change the email (`fix` on messages), re-linting up to 10 times; results carry
   * the fixed text as `output`. `outputFixes` writes it. A function chooses which messages' edits apply.
   */
  fix?: boolean | ((message: LintMessage) => boolean);
}

/** ESLint's limit: a text is fixed and linted again at most this many times. */
const MAX_FIX_PASSES = 10;

/** Files linted at once in this thread (reads and the probe overlap; linting itself is synchronous). */
const CONCURRENCY = 8;

export class OptoutLint {
  static readonly version: string = pkg.version;
  readonly cwd: string;
  private readonly options: OptoutLintOptions;
  private readonly registry: Registry = { rules: builtInRules, presets };
  private readonly configFiles: ConfigFiles | undefined;
  private readonly resolved = new Map<string, ResolvedConfig>();
  private readonly before: Config[];
  private readonly after: Config[];
  /** The caller's builders before the built-in ones; undefined: lint-file's defaults. */
  private readonly builders: readonly InputBuilder[] | undefined;
  private cwdIgnore: Ignore | undefined;

  constructor(options: OptoutLintOptions = {}) {
    this.options = options;
    this.builders = options.builders?.length ? [...options.builders, ...nodeBuilders()] : undefined;
    this.cwd = options.cwd ?? process.cwd();
    this.before = options.baseConfig ? [options.baseConfig] : [];
    const over = options.overrideConfig;
    this.after = over === undefined ? [] : Array.isArray(over) ? [...(over as Config[])] : [over as Config];
    const explicit = options.overrideConfigFile !== undefined ? path.resolve(this.cwd, options.overrideConfigFile) : undefined;
    this.configFiles = explicit !== undefined || options.configLookup !== false ? new ConfigFiles(this.registry, explicit) : undefined;
  }

  /** The rules this instance runs (built in). */
  get rules(): readonly Rule[] {
    return this.registry.rules;
  }

  /** Rule metadata by id, for formatters. */
  getRulesMeta(): Record<string, RuleMeta> {
    return rulesMeta(this.registry);
  }

  /** The presets `extends` and `--profile` can name. */
  get presetNames(): string[] {
    return Object.keys(this.registry.presets);
  }

  /**
   * The resolved configuration that applies to a file: [baseConfig, its config file, overrideConfig],
   * presets expanded, severities normalised; cached per config file. Throws ConfigError (naming the file
   * and the key) for an invalid config.
   */
  async calculateConfigForFile(filePath: string): Promise<ResolvedConfig> {
    const file = path.resolve(this.cwd, filePath);
    const loaded = await this.configFiles?.forFile(file);
    // ESLint-style overrides: the entries whose globs match the file, relative to the config file, later ones win.
    const overrides = loaded?.config.overrides ?? [];
    const rel = loaded ? projectPath(path.dirname(loaded.file), file) : undefined;
    const matched = rel === undefined ? [] : overrides.filter((o) => matchesGlobs(o.files, rel) && !matchesGlobs(o.excludedFiles ?? [], rel));
    const key = `${loaded?.file ?? ''}|${matched.map((o) => overrides.indexOf(o)).join(',')}`;
    let config = this.resolved.get(key);
    if (!config) {
      try {
        const layers = loaded ? [withoutProjectKeys(loaded.config), ...matched.map(overrideSettings)] : [];
        config = resolveConfig([...this.before, ...layers, ...this.after], this.registry);
        // The project of a template: its config file's folder; partial folders are relative to it.
        const root = loaded ? path.dirname(loaded.file) : this.cwd;
        config.projectRoot = root;
        if (config.partials) config.partials = config.partials.map((dir) => path.resolve(root, dir));
      } catch (error) {
        if (error instanceof ConfigError && loaded) throw new ConfigError(`${loaded.file}: ${error.message}`);
        throw error;
      }
      this.resolved.set(key, config);
    }
    return config;
  }

  /** Lints one text; its file name (default `<cwd>/input.html`) picks the builder and the config. */
  async lintText(text: string, options: { filePath?: string } = {}): Promise<LintResult> {
    const filePath = path.resolve(this.cwd, options.filePath ?? 'input.html');
    const config = await this.calculateConfigForFile(filePath);
    const session = await this.renderSession();
    try {
      const engine = this.engineOptions(filePath);
      if (session) engine.afterRules = session.hook(filePath, config);
      const linted = await lintSource(text, filePath, config, engine);
      const screenshots = session?.screenshotsOf(filePath);
      const { dependencies: _internal, ...result } = await this.withFixes(screenshots?.length ? { ...linted, screenshots } : linted, text);
      return result;
    } finally {
      await session?.close();
    }
  }

  /** `render`: a session for one run (its browser starts at the first email with an opt-out link to look at). */
  private async renderSession(): Promise<RenderSession | undefined> {
    if (!this.options.render) return undefined;
    const { RenderSession } = await import('./render/session.ts');
    return new RenderSession({ cwd: this.cwd, ...this.options.render });
  }

  /** Writes each result's `output` (the fixed text) over its file, as ESLint's `outputFixes` does. */
  static async outputFixes(results: readonly LintResult[]): Promise<void> {
    const { writeFile } = await import('node:fs/promises');
    await Promise.all(results.filter((r) => r.output !== undefined && path.isAbsolute(r.filePath)).map((r) => writeFile(r.filePath, r.output!)));
  }

  /**
   * With `fix`: applies the result's edits, lints the fixed text again, and repeats while edits apply (at most
   * ten times); the last lint's messages and the fixed text (`output`) come back.
   */
  private async withFixes(result: LintResult, text: string | undefined): Promise<LintResult> {
    const fix = this.options.fix;
    if (!fix || text === undefined || !result.messages.some((m) => m.fix)) return result;
    const shouldFix = typeof fix === 'function' ? fix : () => true;
    const config = await this.calculateConfigForFile(result.filePath);
    let current = result;
    let output = text;
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const outcome = applyFixes(output, current.messages, shouldFix);
      if (!outcome.fixed) break;
      output = outcome.output;
      current = await lintSource(output, result.filePath, config, this.engineOptions(result.filePath));
    }
    return output === text ? current : { ...current, output };
  }

  /**
   * Lints files, directories and globs; results keep the order of the patterns whatever order they finish
   * in. Throws NoFilesError for a pattern that matches nothing.
   */
  async lintFiles(patterns: string | readonly string[]): Promise<LintResult[]> {
    const list = typeof patterns === 'string' ? [patterns] : patterns;
    const found = await expandPatterns(list, this.cwd, {
      ...(this.options.extensions ? { extensions: this.options.extensions } : {}),
      errorOnUnmatchedPattern: this.options.errorOnUnmatchedPattern !== false,
    });
    const targets: Target[] = [];
    const ignoredNamed: LintResult[] = [];
    const linted = new Set<string>();
    for (const target of found) {
      const ignoredBy = await this.ignoredBy(target.path);
      if (this.options.onDebug) await this.debugFile(target.path, ignoredBy);
      if (ignoredBy === undefined) {
        targets.push(target);
        linted.add(target.pattern);
      }
      // Like ESLint: a file named on the command line that an ignore pattern matches gets a warning, not silence.
      else if (target.explicit) {
        ignoredNamed.push(ignoredResult(target.path));
        linted.add(target.pattern);
      }
    }
    if (this.options.errorOnUnmatchedPattern !== false) {
      const allIgnored = list.find((p) => found.some((t) => t.pattern === p) && !linted.has(p));
      if (allIgnored !== undefined) throw new AllFilesIgnoredError(allIgnored);
    }
    // One template run: partials found for one entry are tried first for the next.
    let results = this.asProject(await templateRun(() => this.lintEach(targets)));
    if (this.options.fix)
      results = await mapLimit(results, CONCURRENCY, (r) => this.withFixes(r, r.messages.some((m) => m.fix) ? readFileSync(r.filePath, 'utf8') : undefined));
    if (ignoredNamed.length === 0) return results;
    const byPath = new Map([...results, ...ignoredNamed].map((r) => [r.filePath, r]));
    return found.flatMap((t) => byPath.get(t.path) ?? []);
  }

  /** Whether a file is left out: `.optoutignore` in `cwd`, the `ignorePatterns` option, its config's `ignorePatterns`. */
  async isIgnored(filePath: string): Promise<boolean> {
    return (await this.ignoredBy(filePath)) !== undefined;
  }

  /** What leaves a file out, in words ("--ignore-pattern or .optoutignore", "ignorePatterns of FILE"), or undefined. */
  private async ignoredBy(filePath: string): Promise<string | undefined> {
    if (this.options.ignore === false) return undefined;
    const file = path.resolve(this.cwd, filePath);
    this.cwdIgnore ??= cwdIgnore(this.cwd, this.options.ignorePatterns ?? []);
    const rel = projectPath(this.cwd, file);
    if (rel !== undefined && this.cwdIgnore.ignores(rel)) return '.optoutignore or --ignore-pattern';
    const loaded = await this.configFiles?.forFile(file);
    const patterns = loaded?.config.ignorePatterns;
    if (!loaded || !patterns?.length) return undefined;
    const fromConfig = projectPath(path.dirname(loaded.file), file);
    return fromConfig !== undefined && ignore().add(patterns).ignores(fromConfig) ? `ignorePatterns of ${loaded.file}` : undefined;
  }

  /** `--debug`: one line per file saying which config file and overrides apply, or what ignores it. */
  private async debugFile(file: string, ignoredBy: string | undefined): Promise<void> {
    const rel = path.relative(this.cwd, file) || file;
    if (ignoredBy !== undefined) {
      this.options.onDebug!(`${rel}: ignored by ${ignoredBy}`);
      return;
    }
    const loaded = await this.configFiles?.forFile(file);
    const source = loaded ? loaded.file : this.configFiles ? 'no config file found (defaults)' : 'no config lookup (defaults)';
    const overrides = loaded?.config.overrides ?? [];
    const inFolder = loaded ? projectPath(path.dirname(loaded.file), file) : undefined;
    const matched =
      inFolder === undefined ? [] : overrides.flatMap((o, i) => (matchesGlobs(o.files, inFolder) && !matchesGlobs(o.excludedFiles ?? [], inFolder) ? [i] : []));
    const layers = [
      this.before.length > 0 ? '--profile' : '',
      matched.length > 0 ? `overrides #${matched.join(', #')}` : '',
      this.after.length > 0 ? '--rule/--headers' : '',
    ]
      .filter(Boolean)
      .join(' + ');
    this.options.onDebug!(`${rel}: config ${source}${layers ? ` + ${layers}` : ''}`);
  }

  /**
   * A template project's files judged together: a linted file that another linted file includes is a partial
   * (the whole-email rules do not apply to it), and a finding in a partial that is linted itself is reported
   * there, not again on every email that includes it.
   */
  private asProject(results: LintResult[]): LintResult[] {
    const linted = new Set(results.map((r) => r.filePath));
    const included = new Set(results.flatMap((r) => r.dependencies ?? []).filter((dep) => linted.has(dep)));
    const wholeEmail = new Set(this.rules.filter((r) => r.meta.wholeEmail).map((r) => r.meta.id));
    const reportedAt = new Set(results.flatMap((r) => r.messages.map((m) => `${r.filePath}\0${m.ruleId}\0${m.line}\0${m.column}`)));
    return results.map((result) => {
      const { dependencies: _internal, ...r } = result;
      const partial = included.has(r.filePath);
      const isWholeEmail = (m: LintMessage) => m.ruleId !== null && wholeEmail.has(m.ruleId);
      // A whole-email finding belongs to the email even when it points into the layout (its <body>). A finding the
      // partial does not report itself (the email's own styles make its link faint) stays on the email.
      const shownInPartial = (m: LintMessage) =>
        m.origin !== undefined && !isWholeEmail(m) && reportedAt.has(`${m.origin.filePath}\0${m.ruleId}\0${m.origin.line}\0${m.origin.column}`);
      const keep = (m: LintMessage) => !shownInPartial(m) && !(partial && isWholeEmail(m));
      if (r.messages.every(keep)) return r;
      return withCounts({ ...r, messages: r.messages.filter(keep) });
    });
  }

  private async lintEach(targets: readonly Target[]): Promise<LintResult[]> {
    if (this.options.probe || this.options.render) {
      // The probe talks to the network and the renderer drives one browser, from this thread; neither is cached.
      const session = await this.renderSession();
      try {
        return await mapLimit(targets, CONCURRENCY, async (target) => {
          if (target.problem !== undefined) return fatalResult(target.path, target.problem);
          const config = await this.calculateConfigForFile(target.path);
          const read = await readTemplate(target.path, config.maxFileSize);
          if ('problem' in read) return fatalResult(target.path, read.problem);
          const engine = this.engineOptions(target.path);
          if (session) engine.afterRules = session.hook(target.path, config);
          const result = await lintSource(read.text, target.path, config, engine);
          const screenshots = session?.screenshotsOf(target.path);
          return screenshots?.length ? { ...result, screenshots } : result;
        });
      } finally {
        await session?.close();
      }
    }
    return this.lintTargets(targets);
  }

  /** Engine options for one file: directives, rendered HTML, builders, and the probe hook when asked for. */
  private engineOptions(filePath: string): EngineOptions {
    const options: EngineOptions = {
      reportUnusedDisableDirectives: severityOf(this.options.reportUnusedDisableDirectives),
      keepRendered: this.options.keepRendered ?? false,
    };
    if (this.builders) options.builders = this.builders;
    if (this.options.probe) options.beforeRules = probeHook(this.options.probe, filePath);
    return options;
  }

  /**
   * Lints the targets in this thread or in a worker pool (`concurrency`), reusing cached results
   * (`cache`).
   */
  private async lintTargets(targets: readonly Target[]): Promise<LintResult[]> {
    const { options } = this;
    const engine = this.engineOptions('');
    const cache = options.cache
      ? await LintCache.open(path.resolve(this.cwd, options.cacheLocation ?? DEFAULT_CACHE_LOCATION), `${pkg.version}:${this.rules.length}`)
      : undefined;
    // A few .mjml files are cheaper here than in workers that would each import mjml (see mjmlInThread).
    const isMjml = (t: Target) => isMjmlFile(t.path);
    const mjmlFiles = targets.filter(isMjml).length;
    const keepMjml = mjmlInThread(options.concurrency, mjmlFiles);
    // Those are compiled by one worker: mjml's import overlaps our start-up, each compile the previous lint.
    const compiler = keepMjml && mjmlFiles > 0 && options.workerUrl ? new MjmlCompileWorker(options.workerUrl) : undefined;
    if (compiler && !cache) compiler.start(); // with --cache, only at the first .mjml file that misses
    const inThread: EngineOptions = compiler
      ? { ...engine, builders: [...(options.builders ?? []), ...nodeBuilders({ compileMjml: compiler.compile })] }
      : engine;
    // Workers build their own documents with the built-in builders: with builders of the caller's, no pool.
    const pooled = keepMjml ? targets.length - mjmlFiles : targets.length;
    const workers = options.workerUrl && !options.builders?.length ? workerCount(options.concurrency, pooled) : 0;
    const pool = workers > 0 && options.workerUrl ? new LintPool(workers, options.workerUrl) : undefined;
    const { builders: _inThreadOnly, ...cloneable } = engine;
    try {
      return await mapLimit(targets, pool ? workers * 4 : CONCURRENCY, async (target) => {
        if (target.problem !== undefined) return fatalResult(target.path, target.problem);
        const config = await this.calculateConfigForFile(target.path);
        const lint = () => (pool && !(keepMjml && isMjml(target)) ? pool.lint(target.path, config, cloneable) : lintFile(target.path, config, inThread));
        if (!cache) return lint();
        const bytes = readBytes(target.path);
        if (!bytes) return lintFile(target.path, config, engine); // reports the read problem
        const hash = LintCache.hashText(bytes);
        const hit = cache.get(target.path, hash, config, engine);
        if (hit) return hit.messages.length > 0 ? { ...hit, source: decodeText(bytes) } : hit;
        const result = await lint();
        cache.set(target.path, hash, config, engine, result);
        return result;
      });
    } finally {
      await compiler?.close();
      await pool?.close();
      await cache?.save();
    }
  }
}

/** `--profile NAME` as a base config; an unknown name is a ConfigError that lists the known ones. */
export function profileConfig(name: string): Config {
  if (!Object.hasOwn(presets, name)) throw new ConfigError(`--profile ${name}: unknown profile (known: ${Object.keys(presets).join(', ')})`);
  return { extends: [PRESET_PREFIX + name] };
}

/**
 * `--rule` as a config layer (ESLint's levn form, options included); unknown ids, severities and options throw
 * ConfigError. Its parser is loaded only when the flag is used (start-up).
 */
export async function ruleFlagConfig(flag: string): Promise<Config> {
  const { parseRuleFlag } = await import('./rule-flag.ts');
  return parseRuleFlag(flag, { rules: builtInRules, presets });
}

export function rulesMeta(registry: Pick<Registry, 'rules'>): Record<string, RuleMeta> {
  return Object.fromEntries(registry.rules.map((r) => [r.meta.id, r.meta]));
}

function severityOf(value: OptoutLintOptions['reportUnusedDisableDirectives']): Severity {
  const sev = value ?? 0;
  return (typeof sev === 'number' ? sev : { off: 0, warn: 1, error: 2 }[sev]) as Severity;
}

/** `--probe`: runs after parsing and before the rules, so list-unsubscribe-endpoint can judge the answers. */
function probeHook(probe: NonNullable<OptoutLintOptions['probe']>, filePath: string): (doc: EmailDocument) => Promise<void> {
  return async (doc) => {
    // Lazy: runs without the probe never load the network code.
    const { probeDocument } = await import('./probe/index.ts');
    const report = await probeDocument(doc, { timeoutMs: probe.timeoutMs, allowPrivate: probe.allowPrivate });
    doc.message.probe = report;
    for (const note of report.notes) probe.onNote?.(filePath, note);
  };
}

/** A file's bytes for the cache's hash, or undefined when it cannot be read (lintFile then says why). Synchronous: see readTemplate. */
function readBytes(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Runs `fn` on every item, at most `limit` at a time; results keep the input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** A result's counts after some of its messages were dropped. */
function withCounts(r: LintResult): LintResult {
  const errors = r.messages.filter((m) => m.severity === 2);
  const warnings = r.messages.filter((m) => m.severity === 1);
  return {
    ...r,
    errorCount: errors.length,
    warningCount: warnings.length,
    fatalErrorCount: errors.filter((m) => m.fatal).length,
    fixableErrorCount: errors.filter((m) => m.fix).length,
    fixableWarningCount: warnings.filter((m) => m.fix).length,
  };
}

/** A path relative to `dir` in the form gitignore patterns read (`a/b.hbs`), or undefined outside `dir`. */
function projectPath(dir: string, file: string): string | undefined {
  const rel = path.relative(dir, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

function matchesGlobs(globs: readonly string[], rel: string): boolean {
  return (
    globs.length > 0 &&
    ignore()
      .add([...globs])
      .ignores(rel)
  );
}

/** A config file's settings without the keys the host applies itself (overrides, ignores). */
function withoutProjectKeys(config: Config): Config {
  const { overrides: _overrides, ignorePatterns: _ignores, ...rest } = config;
  return rest;
}

function overrideSettings(o: Override): Config {
  const { files: _files, excludedFiles: _excluded, ...settings } = o;
  return settings;
}

/** `.optoutignore` in the current folder (gitignore syntax) plus the caller's patterns. */
function cwdIgnore(cwd: string, patterns: readonly string[]): Ignore {
  const ig = ignore().add([...patterns]);
  const file = path.join(cwd, '.optoutignore');
  if (existsSync(file)) ig.add(readFileSync(file, 'utf8'));
  return ig;
}

/** ESLint's answer for a named file that an ignore pattern matches. */
function ignoredResult(filePath: string): LintResult {
  return {
    filePath,
    messages: [{ ruleId: null, severity: 1, message: 'File ignored because of a matching ignore pattern. Use "--no-ignore" to override.', line: 1, column: 1 }],
    errorCount: 0,
    warningCount: 1,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    suppressedMessages: [],
    usedDeprecatedRules: [],
  };
}
