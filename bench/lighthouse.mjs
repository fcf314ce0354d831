#!/usr/bin/env node
// @ts-check
/**
 * Lighthouse (12.2.3, pinned: 13 wants Node 22) on pages of a running site, mobile as Lighthouse
 * defines it (Moto G Power, simulated slow 4G, CPU 4× slower), in Debian's chromium. Used by
 * `npm run bench` (bench/run.mjs) for the page of every block (issue 19: ≥ 95) beside the home
 * pages; also on its own:
 *
 *   node bench/lighthouse.mjs http://localhost:3000/en/who-we-are http://az.localhost:3000/az/biz-kimik
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

/** @typedef {{ url: string, performance: number, accessibility: number, bestPractices: number, seo: number, lcpMs: number, cls: number, tbtMs: number }} LighthouseRow Scores 0-100. */

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'

/**
 * One Lighthouse run per URL, in one chromium; each category's score (0-100) and the lab metrics.
 * @param {string[]} urls @returns {Promise<LighthouseRow[]>}
 */
export async function lighthouseScores(urls) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] })
  /** @type {LighthouseRow[]} */
  const rows = []
  try {
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] })
      if (!result) throw new Error(`lighthouse gave no result for ${url}`)
      const { categories, audits } = result.lhr
      const score = (/** @type {string} */ id) => Math.round((categories[id]?.score ?? 0) * 100)
      rows.push({
        url,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(Number(audits['largest-contentful-paint']?.numericValue ?? NaN)),
        cls: Number(Number(audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
        tbtMs: Math.round(Number(audits['total-blocking-time']?.numericValue ?? NaN)),
      })
    }
  } finally {
    await chrome.kill()
  }
  return rows
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await lighthouseScores(process.argv.slice(2))
  console.log('| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |')
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
  for (const r of rows) console.log(`| ${r.url} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcpMs} ms | ${r.cls} | ${r.tbtMs} ms |`)
}
