/**
 * Runs a task against this project's Payload and exits with its outcome.
 *
 * Our scripts start with `tsx` rather than Payload's CLI (`payload run`, `payload migrate`):
 * here, with Node 20.20, the CLI's module graph plus @payloadcms/richtext-lexical left the
 * config import unsettled in about one run in three, and the CLI then exited 0 having done
 * nothing (a silently skipped migration or seed). Loaded this way it settled every time.
 */
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

export async function runWithPayload(name: string, task: (payload: Payload) => Promise<void>): Promise<never> {
  let payload: Payload | undefined
  try {
    payload = await getPayload({ config })
    await task(payload)
    await payload.destroy()
    process.exit(0)
  } catch (error) {
    console.error(`✖ ${name} failed: ${error instanceof Error ? error.message : String(error)}`)
    await payload?.destroy().catch(() => undefined)
    process.exit(1)
  }
}
