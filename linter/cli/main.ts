// The CLI flow: flags → files → config per file → lint (bounded concurrency, input order) → format → exit code.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config, LintResult, ResolvedConfig } from '../types.ts';
import type { EmailDocument } from '../document.ts';
import { describeError, fatalResult, toResult } from '../run.ts';
import type { RuleMeta } from '../rule.ts';
import { ConfigError, PRESET_PREFIX, parseRuleFlag, resolveConfig, type Registry } from '../config.ts';
import { rules, presets } from '../../rules/index.ts';
import pkg from '../../package.json' with { type: 'json' };
import { HELP, UsageError, parseCliArgs, type CliOptions } from './args.ts';
import { ConfigFiles } from './config-files.ts';
import { NoFilesError, decodeText, expandPatterns, readTemplate, type Target } from './files.ts';
import { lintFile, lintSource, type EngineOptions } from './lint-file.ts';
import { LintPool, mjmlInThread, workerCount } from './pool.ts';
import { MjmlCompileWorker } from './mjml-compiler.ts';
import { isMjmlFile, nodeBuilders } from './builders.ts';
import { DEFAULT_CACHE_LOCATION, LintCache } from './cache.ts';
import { UnknownFormatterError, getFormatter } from './formatters/index.ts';
import { jsonPieces } from './formatters/json.ts';

export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  readStdin(): Promise<Uint8Array>;
  /** The worker entry of the bundle (dist/worker.js); without it everything runs in this thread. */
  workerUrl?: URL;
}

/** Files linted at once. */
const CONCURRENCY = 8;

export const EXIT = { ok: 0, problems: 1, fatal: 2 } as const;

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`optout-lint: ${error.message}\nRun "optout-lint --help" for usage.\n`);
    } else if (error instanceof ConfigError || error instanceof NoFilesError || error instanceof UnknownFormatterError) {
      io.stderr.write(`optout-lint: ${error.message}\n`);
    } else {
      io.stderr.write(`optout-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    return EXIT.fatal;
  }
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const opts = parseCliArgs(argv);
  if (opts.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (opts.version) {
    io.stdout.write(`${pkg.version}\n`);
    return EXIT.ok;
  }
  const registry: Registry = { rules, presets };
  if (opts.listRules) {
    io.stdout.write(listRules(registry));
    return EXIT.ok;
  }
  const formatter = getFormatter(opts.format);
  const headers = opts.headers !== undefined ? await readHeadersFile(path.resolve(io.cwd, opts.headers)) : undefined;
  const configFor = makeConfigResolver(opts, io.cwd, registry, headers);
  const engineOptions: EngineOptions = {
    reportUnusedDisableDirectives: opts.reportUnusedDisableDirectives,
    // Only the html report shows the rendered template; other formats stay exactly ESLint's shape.
    keepRendered: opts.format === 'html',
  };
  const lintOne: Linter = (text, filename, config) =>
    lintSource(text, filename, config, opts.probe ? { ...engineOptions, beforeRules: probeHook(opts, filename, io) } : engineOptions);

  if (opts.printConfig !== undefined) {
    const config = await configFor(path.resolve(io.cwd, opts.printConfig));
    io.stdout.write(`${JSON.stringify(config, null, 2)}\n`);
    return EXIT.ok;
  }

  let results: LintResult[];
  if (opts.stdin) {
    if (opts.patterns.length > 0) throw new UsageError('--stdin cannot be combined with file patterns');
    const filename = path.resolve(io.cwd, opts.stdinFilename);
    const config = await configFor(filename);
    const text = decodeText(await io.readStdin());
    results = [await lintOne(text, filename, config)];
  } else {
    if (opts.patterns.length === 0) throw new UsageError('no files given (pass files, directories or globs, or --stdin)');
    const targets = await expandPatterns(opts.patterns, io.cwd);
    // The probe talks to the network from this thread and its answers must not be cached.
    results = opts.probe
      ? await mapLimit(targets, CONCURRENCY, (t) => lintTarget(t, configFor, lintOne))
      : await lintTargets(targets, opts, io, configFor, engineOptions);
  }

  if (opts.quiet) results = results.map(errorsOnly);
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);

  const color = opts.outputFile !== undefined && opts.color === undefined ? false : useColor(opts.color, io.env, io.stdout);
  // JSON is written a result at a time; other formats are one string (they need the whole run anyway).
  const pieces: Iterable<string> = formatter === getFormatter('json') ? jsonPieces(results) : [formatter(results, { cwd: io.cwd, color, rulesMeta: rulesMeta(registry), version: pkg.version })];
  if (opts.outputFile !== undefined) {
    const file = path.resolve(io.cwd, opts.outputFile);
    try {
      await mkdir(path.dirname(file), { recursive: true });
      writeAll(file, pieces);
    } catch (error) {
      io.stderr.write(`optout-lint: cannot write ${file}: ${describeError(error)}\n`);
      return EXIT.fatal;
    }
  } else {
    let last = '';
    for (const piece of pieces) {
      if (!piece) continue;
      io.stdout.write(piece);
      last = piece;
    }
    if (last && !last.endsWith('\n')) io.stdout.write('\n');
  }

  if (errors > 0) return EXIT.problems;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    io.stderr.write(`optout-lint found too many warnings (maximum: ${opts.maxWarnings}).\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

/** The resolved config for a file: [--profile, nearest config file (or --config), --rule flags], cached per config file. */
function makeConfigResolver(opts: CliOptions, cwd: string, registry: Registry, headers: string | undefined): (file: string) => Promise<ResolvedConfig> {
  const before: Config[] = [];
  if (opts.profile !== undefined) {
    if (!Object.hasOwn(registry.presets, opts.profile)) {
      throw new UsageError(`--profile ${opts.profile}: unknown profile (known: ${Object.keys(registry.presets).join(', ')})`);
    }
    before.push({ extends: [PRESET_PREFIX + opts.profile] });
  }
  const after = opts.rules.map((flag) => parseRuleFlag(flag, registry));
  if (headers !== undefined) after.push({ headers });
  const files = new ConfigFiles(registry, opts.config !== undefined ? path.resolve(cwd, opts.config) : undefined);
  const resolved = new Map<string, ResolvedConfig>();
  return async (file) => {
    const loaded = await files.forFile(file);
    const key = loaded?.file ?? '';
    let config = resolved.get(key);
    if (!config) {
      try {
        config = resolveConfig([...before, ...(loaded ? [loaded.config] : []), ...after], registry);
      } catch (error) {
        if (error instanceof ConfigError && loaded) throw new ConfigError(`${loaded.file}: ${error.message}`);
        throw error;
      }
      resolved.set(key, config);
    }
    return config;
  };
}

/**
 * Lints the targets in this thread or in a worker pool (`--concurrency`), reusing cached results
 * (`--cache`); results keep the input order whatever order they finish in.
 */
async function lintTargets(
  targets: readonly Target[],
  opts: CliOptions,
  io: CliIO,
  configFor: (file: string) => Promise<ResolvedConfig>,
  options: EngineOptions,
): Promise<LintResult[]> {
  const cache = opts.cache ? await LintCache.open(path.resolve(io.cwd, opts.cacheLocation ?? DEFAULT_CACHE_LOCATION), `${pkg.version}:${rules.length}`) : undefined;
  // A few .mjml files are cheaper here than in workers that would each import mjml (see mjmlInThread).
  const isMjml = (t: Target) => isMjmlFile(t.path);
  const mjmlFiles = targets.filter(isMjml).length;
  const keepMjml = mjmlInThread(opts.concurrency, mjmlFiles);
  // Those are compiled by one worker: mjml's import overlaps our start-up, each compile the previous lint.
  const compiler = keepMjml && mjmlFiles > 0 && io.workerUrl ? new MjmlCompileWorker(io.workerUrl) : undefined;
  if (compiler && !cache) compiler.start(); // with --cache, only at the first .mjml file that misses
  const inThread: EngineOptions = compiler ? { ...options, builders: nodeBuilders({ compileMjml: compiler.compile }) } : options;
  const pooled = keepMjml ? targets.length - mjmlFiles : targets.length;
  const workers = io.workerUrl ? workerCount(opts.concurrency, pooled) : 0;
  const pool = workers > 0 && io.workerUrl ? new LintPool(workers, io.workerUrl) : undefined;
  try {
    return await mapLimit(targets, pool ? workers * 4 : CONCURRENCY, async (target) => {
      if (target.problem !== undefined) return fatalResult(target.path, target.problem);
      const config = await configFor(target.path);
      const lint = pool && !(keepMjml && isMjml(target)) ? (file: string, c: ResolvedConfig) => pool.lint(file, c, options) : (file: string, c: ResolvedConfig) => lintFile(file, c, inThread);
      if (!cache) return lint(target.path, config);
      const bytes = readBytes(target.path);
      if (!bytes) return lintFile(target.path, config, options); // reports the read problem
      const hash = LintCache.hashText(bytes);
      const hit = cache.get(target.path, hash, config, options);
      if (hit) return hit.messages.length > 0 ? { ...hit, source: decodeText(bytes) } : hit;
      const result = await lint(target.path, config);
      cache.set(target.path, hash, config, options, result);
      return result;
    });
  } finally {
    await compiler?.close();
    await pool?.close();
    await cache?.save();
  }
}

type Linter = (text: string, filename: string, config: ResolvedConfig) => Promise<LintResult>;

export function rulesMeta(registry: Registry): Record<string, RuleMeta> {
  return Object.fromEntries(registry.rules.map((r) => [r.meta.id, r.meta]));
}

async function lintTarget(target: Target, configFor: (file: string) => Promise<ResolvedConfig>, lintOne: Linter): Promise<LintResult> {
  if (target.problem !== undefined) return fatalResult(target.path, target.problem);
  const config = await configFor(target.path);
  const read = await readTemplate(target.path, config.maxFileSize);
  if ('problem' in read) return fatalResult(target.path, read.problem);
  return lintOne(read.text, target.path, config);
}

/** Writes the pieces of a report to a file as they come. */
function writeAll(file: string, pieces: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    for (const piece of pieces) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}

/** A file's bytes for the cache's hash, or undefined when it cannot be read (lintFile then says why). Synchronous: see readTemplate. */
function readBytes(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** `--headers FILE`: the header block, read once; a missing file is a usage error. */
async function readHeadersFile(file: string): Promise<string> {
  try {
    return decodeText(await readFile(file));
  } catch (error) {
    throw new UsageError(`--headers ${file}: ${describeError(error)}`);
  }
}

/** `--probe`: runs after parsing and before the rules, so list-unsubscribe-endpoint can judge the answers. */
function probeHook(opts: CliOptions, filename: string, io: CliIO): (doc: EmailDocument) => Promise<void> {
  return async (doc) => {
    // Lazy: runs without --probe never load the network code.
    const { probeDocument } = await import('./probe/index.ts');
    const report = await probeDocument(doc, { timeoutMs: opts.probeTimeoutMs, allowPrivate: opts.probeAllowPrivate });
    doc.message.probe = report;
    for (const note of report.notes) io.stderr.write(`optout-lint: probe: ${path.relative(io.cwd, filename) || filename}: ${note}\n`);
  };
}

function errorsOnly(result: LintResult): LintResult {
  const kept = result.messages.filter((m) => m.severity === 2);
  const out = toResult(result.filePath, kept, result.source);
  if (result.rendered && kept.length > 0) {
    // Renumber the html report's marks to the kept messages.
    const newIndex = new Map(kept.map((m, i) => [result.messages.indexOf(m), i]));
    const marks = result.rendered.marks.flatMap((mark) => {
      const index = newIndex.get(mark.index);
      return index === undefined ? [] : [{ ...mark, index }];
    });
    out.rendered = { html: result.rendered.html, marks };
  }
  return out;
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

/** --color/--no-color win; then NO_COLOR and FORCE_COLOR; then whether stdout is a terminal. */
export function useColor(flag: boolean | undefined, env: Record<string, string | undefined>, stdout: { isTTY?: boolean }): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stdout.isTTY === true && env.TERM !== 'dumb';
}

function listRules(registry: Registry): string {
  if (registry.rules.length === 0) return 'No rules registered.\n';
  const width = Math.max(...registry.rules.map((r) => r.meta.id.length));
  return registry.rules
    .map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(5)}  ${r.meta.description}\n`)
    .join('');
}
