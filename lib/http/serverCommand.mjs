// @ts-check
/**
 * How the production server is started: `npm start`, the demo, the bench and the tests run
 * `node ${serverArgs}`; the Dockerfile's CMD says the same (tests/unit/serverCommand.test.ts
 * keeps package.json, the Dockerfile and this in step).
 *
 * `--max-old-space-size=384`: V8 otherwise grows its heap lazily toward its default limit
 * (about 2 GB here) and the server sat at 420-570 MB after the bench's load, most of it
 * garbage not yet collected. Capped, it collects sooner. It was 256 MB until 2026-12-05, when
 * the live heap had grown past what that allowed: a clean-clone CI lost its e2e server to a
 * crash (stop 27), and `--trace-gc` over the same files showed the live heap at 237 MB after
 * the admin and the fuzz test. A heap snapshot says why: each group of route handlers has its
 * own copy of the 4.6 MB server chunk (Payload and our config; turbopack emits one per group,
 * and Node's module cache keeps each loaded one), and V8 keeps each copy's source as UTF-16
 * (the Turkish and Azerbaijani text makes it two-byte): 9 copies, 75 MB. Loading all ten adds
 * one more, so about 245 MB is the live heap of a server that has answered every kind of
 * request; 384 MB leaves room for a load's garbage above it (docs/scaling.md, "Memory"). Since
 * 2026-12-06 the build loads each such copy once (scripts/dedupe-server-chunks.mjs: the others
 * require the first), which took the bench's RSS at 50,000 from 427-431 MB to about 373.
 * What grows with content is bounded elsewhere (lib/cache/handler.mjs: 8 MB of entries; the
 * page cache is outside the heap).
 *
 * `--max-semi-space-size=8` (MB; V8's default here is 16): the young generation's two halves
 * are committed memory the server holds whatever it does. At 50,000 documents the scale bench's
 * RSS fell from 421-425 MB to 377-379 MB (target 400) with the event loop's worst probe no
 * worse (133 ms against 234 ms in the run before; docs/scaling.md). Scavenges come twice as
 * often and each is shorter.
 */
export const serverFlags = ['--max-old-space-size=384', '--max-semi-space-size=8']
export const serverArgs = [...serverFlags, 'server.mjs']
