// Imported first by kernel.worker.ts, so that this runs before the kernel's modules are evaluated:
// the bench (test/bench/site.ts) tells the download and parse of the worker's script from the
// evaluation of the kernel's code.
performance.mark('heapbook:worker-start');
