// Worker thread entry: lints the files the pool sends, one message per file.
import { parentPort } from 'node:worker_threads';
import { lintFile } from './lint-file.ts';
import type { PoolRequest, PoolResponse } from './pool.ts';

parentPort?.on('message', async (request: PoolRequest) => {
  const result = await lintFile(request.file, request.config, request.options);
  parentPort!.postMessage({ id: request.id, result } satisfies PoolResponse);
});
