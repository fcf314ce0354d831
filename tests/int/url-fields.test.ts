import type { Payload } from 'payload'

import { validationMessages } from '@/tests/helpers/errors'
import { startPayload } from '@/tests/helpers/payload'

/**
 * Issue 14, finding 9: every address field (a programme's partners and donors, a fact's
 * source, the navigation's and footer's outside links) takes https, http and mailto only, and
 * the partner API and the site never hand out anything else, even from data stored before.
 */
let payload: Payload
let item: { GET: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> }

beforeAll(async () => {
  payload = await startPayload()
  item = (await import('@/app/(frontend)/api/v1/[collection]/[key]/route')) as unknown as typeof item
})

afterAll(async () => {
  await payload?.destroy()
})

const hostile = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
]

const programme = (url: string) => ({
  title: 'A programme with partners',
  _status: 'published' as const,
  partners: [{ name: 'Partner', url }],
  donors: [{ name: 'Donor', url }],
})

describe('address fields take https, http and mailto only', () => {
  it.each(hostile)('refuses %j on partners, donors and a fact source, saying what is allowed, in both languages', async (url) => {
    const messages = await validationMessages(payload.create({ collection: 'programmes', data: programme(url) as never }))
    expect(messages).toEqual([expect.stringMatching(/^partners\.0\.url: .*https:\/\/.*mailto:.* \/ .*https:\/\//), expect.stringMatching(/^donors\.0\.url: .*https:\/\//)])
    const fact = await validationMessages(
      payload.create({ collection: 'facts', data: { value: 1, notation: 'plain', label: 'x', scope: 'global', source: { text: 'x', url } } as never }),
    )
    expect(fact).toEqual([expect.stringMatching(/^source\.url: .*https:\/\//)])
  })

  it('accepts https, http and mailto addresses', async () => {
    for (const url of ['https://www.unhcr.org/tr/', 'http://example.org/a?b=c#d', 'mailto:office@example.org']) {
      const doc = await payload.create({ collection: 'programmes', data: { ...programme(url), title: `ok ${url}` } as never })
      expect(doc.partners?.[0]?.url).toBe(url)
      const fact = await payload.create({ collection: 'facts', data: { value: 1, notation: 'plain', label: 'x', scope: 'global', source: { text: 'x', url } } as never })
      expect(fact.source?.url).toBe(url)
    }
  })

  it('never hands a stored javascript: or data: address to partners (data from before the rule)', async () => {
    const doc = await payload.create({ collection: 'programmes', data: { ...programme('https://ok.example/'), title: 'Old programme', slug: 'old-programme' } as never })
    // Written as old data would have been: past validation, straight to the database.
    await payload.db.updateOne({
      collection: 'programmes',
      id: doc.id,
      data: {
        partners: (doc.partners ?? []).map((row) => ({ ...row, url: 'javascript:alert(1)' })),
        donors: (doc.donors ?? []).map((row) => ({ ...row, url: 'data:text/html,x' })),
      },
    })
    const stored = await payload.findByID({ collection: 'programmes', id: doc.id, overrideAccess: true })
    expect(stored.partners?.[0]?.url).toBe('javascript:alert(1)')
    const response = await item.GET(new Request('http://localhost:3000/api/v1/programmes/old-programme', { headers: { 'x-forwarded-for': '10.9.9.9' } }), {
      params: Promise.resolve({ collection: 'programmes', key: 'old-programme' }),
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { data: { partners: { url: string | null }[]; donors: { url: string | null }[] } }
    expect(body.data.partners[0].url).toBeNull()
    expect(body.data.donors[0].url).toBeNull()
  })
})
