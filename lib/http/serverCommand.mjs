// @ts-check
/**
 * How the production server is started: `npm start`, the demo, the bench and the tests run
 * `node ${serverArgs}`; the Dockerfile's CMD says the same (tests/unit/serverCommand.test.ts
 * keeps package.json, the Dockerfile and this in step).
 *
 * `--max-old-space-size=256`: V8 otherwise grows its heap lazily toward its default limit
 * (about 2 GB here) and the server sat at 420-570 MB after the bench's load, most of it
 * garbage not yet collected. Capped, it collects sooner: 380-390 MB after the same load. The
 * live heap (after a full collection) stayed at 156 MB or below, also while ten browsers
 * worked the admin, and what grows with content is bounded elsewhere (lib/cache/handler.mjs:
 * 8 MB of entries; the page cache is outside the heap). Raise it if an instance ever logs
 * "JavaScript heap out of memory".
 */
export const serverFlags = ['--max-old-space-size=256']
export const serverArgs = [...serverFlags, 'server.mjs']
