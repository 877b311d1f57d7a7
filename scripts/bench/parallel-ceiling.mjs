// What this machine gives two threads at all: the same pure-CPU job twice in one thread vs in two worker
// threads. On shared VMs the two vCPUs often do not double the work; the pool's speed-up is read against this.
import { Worker, isMainThread } from 'node:worker_threads';

function spin() {
  let x = 0;
  for (let i = 0; i < 3e8; i++) x += i % 7;
  return x;
}

if (isMainThread) {
  let started = performance.now();
  spin();
  spin();
  const serial = performance.now() - started;
  started = performance.now();
  await Promise.all([0, 1].map(() => new Promise((resolve) => new Worker(new URL(import.meta.url)).on('exit', resolve))));
  const parallel = performance.now() - started;
  console.log(JSON.stringify({ serial, parallel }));
} else {
  spin();
}
