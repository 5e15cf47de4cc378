// Preloaded into a server process by the broadcast bench (node --require): every second, appends the process's
// memory breakdown as one JSON line to $BENCH_MEMORY_PROBE_FILE, so a bench can say what its RSS is made of
// without any debug code in the server. Unref'd: it never keeps the process alive.
const fs = require("node:fs");
const file = process.env.BENCH_MEMORY_PROBE_FILE;
if (file) {
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    const line = { at: Date.now(), rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers };
    fs.appendFileSync(file, JSON.stringify(line) + "\n");
  }, 1000);
  timer.unref();
}
