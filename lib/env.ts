/**
 * The environment, for the app: lib/envSchema.mjs holds the one schema (plain Node, so that
 * server.mjs reads the same definitions); this adds `getEnv()`, memoised, and the types.
 */
import { parseEnv, type Env } from './envSchema.mjs'

export { envSchema, EnvError, parseEnv, serverEnv } from './envSchema.mjs'
export type { Env } from './envSchema.mjs'

let cached: Env | undefined

/** The validated process environment (memoised). */
export function getEnv(): Env {
  // NEXT_RUNTIME is not in the server's environment: Next's bundler writes it into the code
  // where it is read by name (this line), so only a direct read sees it.
  cached ??= parseEnv({ ...process.env, NEXT_RUNTIME: process.env.NEXT_RUNTIME })
  return cached
}
