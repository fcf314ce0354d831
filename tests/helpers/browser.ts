import { createRequire } from 'node:module'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

import { chromium, type Browser, type Page } from 'playwright-core'

/** Debian's chromium (apt-get install chromium; CHROME_PATH overrides), headless. */
export function chromePath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim()
  } catch {
    throw new Error('No chromium found: run `apt-get install -y chromium` (or set CHROME_PATH). .ci/run installs it.')
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let axeSource: string | undefined

/** A rule's failures: each element's selector and its opening tag (axe's `html`, for telling whose control it is). */
export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[]; html?: string }[] }

/**
 * axe-core's WCAG 2.0/2.1/2.2 A and AA rules on the loaded page, leaving out the elements
 * `exclude` names (CSS selectors; for what is not ours to fix, each said at the call).
 */
export async function axeViolations(page: Page, exclude: string[] = []): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: a <script> tag would be (rightly) refused by the
  // pages' script policy, which allows only their own inline scripts (server.mjs).
  axeSource ??= fs.readFileSync(axePath, 'utf8')
  await page.evaluate(axeSource)
  return page.evaluate(async (excluded) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
    const context = excluded.length > 0 ? { include: [document], exclude: excluded.map((selector) => [selector]) } : document
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })) }))
  }, exclude)
}
