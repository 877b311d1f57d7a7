// A small worker_threads pool: many files use both cores; results come back per task, the caller keeps order.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { LintResult, ResolvedConfig } from '../types.ts';
import type { EngineOptions } from './lint-file.ts';

export interface PoolRequest {
  id: number;
  file: string;
  config: ResolvedConfig;
  /** Structured-cloned to the worker: no functions (the probe hook never runs in a pool). */
  options: Omit<EngineOptions, 'beforeRules'>;
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

/** `--concurrency off|auto|N` → number of workers (0 = lint in this thread). */
export function workerCount(setting: string | undefined, files: number): number {
  if (setting === 'off' || setting === '0' || setting === '1') return 0;
  if (setting === undefined || setting === 'auto') {
    const cores = availableParallelism();
    return cores > 1 && files >= MIN_FILES_FOR_POOL ? Math.min(cores, 8) : 0;
  }
  const n = Number.parseInt(setting, 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, 64) : 0;
}

/**
 * Files handed to a worker before it finishes the one it is on: it then never waits for the main thread
 * (busy formatting or resolving the next config) between two files.
 */
const IN_FLIGHT_PER_WORKER = 2;

export class LintPool {
  private readonly workers: Worker[] = [];
  /** Requests each worker holds (being linted or waiting in its message queue). */
  private readonly load = new Map<Worker, number>();
  private readonly queue: PoolRequest[] = [];
  private queueHead = 0;
  private readonly pending = new Map<number, { resolve(r: LintResult): void; reject(e: unknown): void }>();
  private nextId = 0;

  constructor(size: number, workerUrl: URL) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerUrl);
      worker.on('message', (response: PoolResponse) => {
        const waiter = this.pending.get(response.id);
        this.pending.delete(response.id);
        this.load.set(worker, this.load.get(worker)! - 1);
        waiter?.resolve(response.result);
        this.fill();
      });
      worker.on('error', (error) => {
        for (const waiter of this.pending.values()) waiter.reject(error);
        this.pending.clear();
      });
      this.workers.push(worker);
      this.load.set(worker, 0);
    }
  }

  lint(file: string, config: ResolvedConfig, options: Omit<EngineOptions, 'beforeRules'> = {}): Promise<LintResult> {
    return new Promise((resolve, reject) => {
      const request = { id: this.nextId++, file, config, options };
      this.pending.set(request.id, { resolve, reject });
      this.queue.push(request);
      this.fill();
    });
  }

  /** Hands queued requests to the least loaded workers, up to IN_FLIGHT_PER_WORKER each. */
  private fill(): void {
    while (this.queueHead < this.queue.length) {
      let target: Worker | undefined;
      for (const w of this.workers) if (this.load.get(w)! < IN_FLIGHT_PER_WORKER && (!target || this.load.get(w)! < this.load.get(target)!)) target = w;
      if (!target) return;
      const request = this.queue[this.queueHead]!;
      this.queue[this.queueHead++] = undefined as unknown as PoolRequest; // let the request be collected
      if (this.queueHead === this.queue.length) {
        this.queue.length = 0;
        this.queueHead = 0;
      }
      this.load.set(target, this.load.get(target)! + 1);
      target.postMessage(request);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
