/** Entering preview (draft mode) on the end-to-end server, as an editor's browser does. */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { base } from './e2e'

/** The server derives the preview secret from its PAYLOAD_SECRET (lib/previewUrl.ts). */
function previewSecret(): string {
  const secret = fs.readFileSync(path.join(process.env.E2E_DATA_DIR as string, '.payload-secret'), 'utf8').trim()
  return crypto.createHmac('sha256', secret).update('kopru:preview').digest('hex')
}

/** A browser following a link on this site sends its cookies and Sec-Fetch-Site (Payload's CSRF check for cookie sessions). */
export const browserHeaders = (cookie: string) => ({ Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' })

/** The admin's preview link of a news item. */
export const previewUrl = (id: number, locale: string, secret = previewSecret(), collection = 'news') =>
  `${base()}/api/preview?${new URLSearchParams({ collection, id: String(id), locale, secret })}`
