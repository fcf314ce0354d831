/**
 * `npx tsx scripts/import-redirects.ts old-site.csv`: redirects for the addresses of an office's
 * old site, from a CSV file whose first row is `from,to,site` (lib/redirects/import.ts). Each
 * refused row is printed with its line; the others are kept. Running it again refuses the rows
 * already there ("There is already a redirect from …").
 */
import fs from 'node:fs'

import { importRedirects } from '@/lib/redirects/import'
import { runWithPayload } from './run-with-payload'

const file = process.argv[2]
if (!file || !fs.existsSync(file)) {
  console.error('Usage: npx tsx scripts/import-redirects.ts <file.csv> (first row: from,to,site)')
  process.exit(2)
}

await runWithPayload('import-redirects', async (payload) => {
  const result = await importRedirects(payload, fs.readFileSync(file, 'utf8'), null)
  if ('problem' in result) throw new Error(result.problem)
  for (const error of result.errors) console.log(`line ${error.line}: ${error.message}`)
  console.log(`Redirects: ${result.created} created, ${result.errors.length} refused.`)
})
