// @ts-check
/**
 * Preloaded into the server by `npm run bench -- --scale` (NODE_OPTIONS `--require`), never by
 * the product: the event loop's own delay, measured inside the server with Node's
 * `monitorEventLoopDelay` (a timer every 5 ms; each sample is how late it fired). The bench
 * resets it before the heaviest requests and reads it after, on a port of its own
 * (BENCH_LOOP_PORT, 127.0.0.1): `GET /reset`, then `GET /` → `{ p50, p99, max, samples, gcMax, gcTotal }`
 * in ms. The garbage collector's pauses (its longest and their sum) tell a delay of the
 * collector from one of our code.
 * The static-file probe (bench/scale.mjs) measures something else: how long a reader's small
 * request waits, which needs several turns of the loop and so waits behind several slices.
 */
const { createServer } = require('node:http')
const { monitorEventLoopDelay, PerformanceObserver } = require('node:perf_hooks')

const port = Number(process.env.BENCH_LOOP_PORT)
if (port && process.argv.some((arg) => arg.endsWith('server.mjs'))) {
  const histogram = monitorEventLoopDelay({ resolution: 5 })
  histogram.enable()
  let gcMax = 0
  let gcTotal = 0
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcMax = Math.max(gcMax, entry.duration)
      gcTotal += entry.duration
    }
  }).observe({ entryTypes: ['gc'] })
  const ms = (/** @type {number} */ ns) => Math.round(ns / 1e5) / 10
  createServer((req, res) => {
    if (req.url === '/reset') {
      histogram.reset()
      gcMax = gcTotal = 0
    }
    res.setHeader('Content-Type', 'application/json')
    res.end(
      JSON.stringify({
        p50: ms(histogram.percentile(50)),
        p99: ms(histogram.percentile(99)),
        max: ms(histogram.max),
        samples: histogram.count,
        gcMax: Math.round(gcMax * 10) / 10,
        gcTotal: Math.round(gcTotal),
      }),
    )
  })
    .listen(port, '127.0.0.1')
    .unref()
}
