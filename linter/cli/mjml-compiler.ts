// mjml's compile in a worker thread, for a run that lints its .mjml files in the main thread: the worker
// imports mjml (~0.5 s) while this thread starts up, then compiles file n+1 while this thread lints file n.
import type { Worker } from 'node:worker_threads';
import type { CompiledMjml } from '../builders/mjml.ts';
import { nodeWorkerThreads } from './lazy-builtin.ts';

export interface MjmlCompileRequest {
  id: number;
  text: string;
}

export type MjmlCompileResponse = { id: number; compiled: CompiledMjml } | { id: number; error: string };

/** workerData of a worker that compiles MJML (worker.ts), rather than linting files for the pool. */
export const MJML_COMPILER_ROLE = 'mjml-compiler';

export class MjmlCompileWorker {
  private readonly workerUrl: URL;
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { worker: Worker; resolve(c: CompiledMjml): void; reject(e: unknown): void }>();
  private nextId = 0;

  constructor(workerUrl: URL) {
    this.workerUrl = workerUrl;
  }

  /** Starts the worker (and its import of mjml) now rather than at the first compile. */
  start(): Worker {
    if (this.worker) return this.worker;
    const worker = new (nodeWorkerThreads().Worker)(this.workerUrl, { workerData: MJML_COMPILER_ROLE });
    this.worker = worker;
    worker.on('message', (response: MjmlCompileResponse) => {
      const waiter = this.pending.get(response.id);
      this.pending.delete(response.id);
      if ('error' in response) waiter?.reject(new Error(response.error));
      else waiter?.resolve(response.compiled);
    });
    // A worker that dies (out of memory on a hostile file) fails the files it held; the next file starts
    // a new one, so no compile waits forever.
    const fail = (error: unknown) => {
      if (this.worker === worker) this.worker = undefined;
      for (const [id, waiter] of this.pending) {
        if (waiter.worker !== worker) continue;
        this.pending.delete(id);
        waiter.reject(error);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the MJML compiler thread stopped (exit code ${code})`)));
    return worker;
  }

  compile = (text: string): Promise<CompiledMjml> =>
    new Promise((resolve, reject) => {
      const id = this.nextId++;
      const worker = this.start();
      this.pending.set(id, { worker, resolve, reject });
      worker.postMessage({ id, text } satisfies MjmlCompileRequest);
    });

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}
