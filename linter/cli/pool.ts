// A small worker_threads pool: many files use both cores; results come back per task, the caller keeps order.
import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { LintResult, ResolvedConfig } from '../types.ts';
import type { EngineOptions } from './lint-file.ts';
import { fatalResult } from '../run.ts';
import { nodeWorkerThreads } from './lazy-builtin.ts';

export interface PoolRequest {
  id: number;
  file: string;
  config: ResolvedConfig;
  /** Structured-cloned to the worker: no functions (the probe hook never runs in a pool; the worker has its own builders). */
  options: Omit<EngineOptions, 'beforeRules' | 'builders'>;
}

export interface PoolResponse {
  id: number;
  result: LintResult;
}

/** Below this many files a pool costs more to start (~60 ms a worker) than it saves. */
export const MIN_FILES_FOR_POOL = 40;

/**
 * Whether `--concurrency` keeps the run's .mjml files in the main thread, compiled by one worker
 * (mjml-compiler.ts), rather than in the pool: under `auto` (a number is obeyed), on two cores or when
 * they are too few for a pool. A pool worker that meets one imports mjml and warms it up on its own; on
 * two cores the compiler and the main thread already keep both busy with one import (the pool took
 * 1.3-1.4x a single thread's wall time on 60 files, 1.46x the compiler's on 180).
 */
export function mjmlInThread(setting: string | undefined, mjmlFiles: number, cores = availableParallelism()): boolean {
  return (setting === undefined || setting === 'auto') && (cores <= 2 || mjmlFiles < MIN_FILES_FOR_POOL);
}

/**
 * `--concurrency off|auto|N` → number of workers (0 = lint in this thread). `auto` pools only on more than
 * two cores: on two, one thread already keeps both busy (V8 runs its garbage collector and optimising
 * compiler on the other core), and two workers, each warming up its own JIT, were no faster for 2,000
 * files and slower for 420 (docs/benchmarks.md). A number is obeyed.
 */
export function workerCount(setting: string | undefined, files: number, cores = availableParallelism()): number {
  if (setting === 'off' || setting === '0' || setting === '1') return 0;
  if (setting === undefined || setting === 'auto') {
    return cores > 2 && files >= MIN_FILES_FOR_POOL ? Math.min(cores, 8) : 0;
  }
  const n = Number.parseInt(setting, 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, 64) : 0;
}

/**
 * Files handed to a worker before it finishes the one it is on: it then never waits for the main thread
 * (busy formatting or resolving the next config) between two files.
 */
const IN_FLIGHT_PER_WORKER = 2;

/** Workers started in place of ones that died, per pool, before the rest of the files are given up on. */
const MAX_RESTARTS = 3;

export class LintPool {
  private readonly workers: Worker[] = [];
  /** Requests each worker holds (being linted or waiting in its message queue). */
  private readonly held = new Map<Worker, Set<number>>();
  private readonly queue: PoolRequest[] = [];
  private queueHead = 0;
  private readonly pending = new Map<number, { file: string; resolve(r: LintResult): void }>();
  private nextId = 0;
  private restarts = 0;
  private closing = false;

  constructor(
    size: number,
    private readonly workerUrl: URL,
  ) {
    for (let i = 0; i < size; i++) this.start();
  }

  private start(): void {
    const worker = new (nodeWorkerThreads().Worker)(this.workerUrl);
    const held = new Set<number>();
    worker.on('message', (response: PoolResponse) => {
      held.delete(response.id);
      this.settle(response.id, response.result);
      this.fill();
    });
    // A worker that dies (out of memory, a crash in a dependency) fails only the files it held; the
    // others go on, in a replacement worker. Without this, its files would never settle: a hang.
    let stopped = false;
    const stop = (why: string) => {
      if (stopped || this.closing) return;
      stopped = true;
      this.workers.splice(this.workers.indexOf(worker), 1);
      this.held.delete(worker);
      for (const id of held) {
        const file = this.pending.get(id)?.file ?? '';
        this.settle(id, fatalResult(file, `Internal error: the lint worker stopped (${why}); this file was not checked.`));
      }
      if (this.restarts < MAX_RESTARTS) {
        this.restarts++;
        this.start();
      }
      this.fill();
    };
    worker.on('error', (error) => stop(error instanceof Error ? error.message : String(error)));
    worker.on('exit', (code) => stop(`exit code ${code}`));
    this.workers.push(worker);
    this.held.set(worker, held);
  }

  lint(file: string, config: ResolvedConfig, options: Omit<EngineOptions, 'beforeRules' | 'builders'> = {}): Promise<LintResult> {
    return new Promise((resolve) => {
      const request = { id: this.nextId++, file, config, options };
      this.pending.set(request.id, { file, resolve });
      this.queue.push(request);
      this.fill();
    });
  }

  private settle(id: number, result: LintResult): void {
    const waiter = this.pending.get(id);
    this.pending.delete(id);
    waiter?.resolve(result);
  }

  /** Hands queued requests to the least loaded workers, up to IN_FLIGHT_PER_WORKER each. */
  private fill(): void {
    while (this.queueHead < this.queue.length) {
      if (this.workers.length === 0) {
        // Every worker died and no more restarts: the rest cannot be checked in this run.
        const request = this.take();
        this.settle(request.id, fatalResult(request.file, 'Internal error: the lint workers kept stopping; this file was not checked.'));
        continue;
      }
      let target: Worker | undefined;
      for (const w of this.workers)
        if (this.held.get(w)!.size < IN_FLIGHT_PER_WORKER && (!target || this.held.get(w)!.size < this.held.get(target)!.size)) target = w;
      if (!target) return;
      const request = this.take();
      this.held.get(target)!.add(request.id);
      target.postMessage(request);
    }
  }

  private take(): PoolRequest {
    const request = this.queue[this.queueHead]!;
    this.queue[this.queueHead++] = undefined as unknown as PoolRequest; // let the request be collected
    if (this.queueHead === this.queue.length) {
      this.queue.length = 0;
      this.queueHead = 0;
    }
    return request;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
