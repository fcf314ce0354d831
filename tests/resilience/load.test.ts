/**
 * Load while editors work: readers hammer pages, feeds and both APIs for RESILIENCE_SECONDS
 * (60 by default) while two editors keep publishing and retitling news. No request may fail,
 * every write must be there afterwards, and the pages must show the last version of each.
 * Readers read both demo sites (lib/seed/sites.ts): Türkiye's at SERVER_URL, where the editors
 * publish, and Azerbaijan's (the Baku office's pages) at az. before its host.
 */
import { demoUsers } from '@/lib/seed/data'
import { base } from '@/tests/helpers/e2e'
import { azerbaijanBase, siteFetch } from '@/tests/helpers/sites'

const seconds = Number(process.env.RESILIENCE_SECONDS ?? 60)
const readers = 16

type Failure = { what: string; status: number | string }

let ip = 0
const reader = () => ({ 'X-Forwarded-For': `10.55.${Math.floor(ip / 250) % 250}.${(ip++ % 250) + 1}` })

async function login(email: string, password: string): Promise<string> {
  const response = await fetch(`${base()}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })
  return ((await response.json()) as { token: string }).token
}

describe('resilience under load', () => {
  it(`serves ${readers} busy readers for ${seconds} s while two editors publish, with no error and no lost write`, async () => {
    const editors = await Promise.all(
      ['editor.tr@kopru.example', 'admin@kopru.example'].map(async (email) => {
        const user = demoUsers.find((candidate) => candidate.email === email)!
        return { name: email, auth: { Authorization: `JWT ${await login(user.email, user.password)}`, 'Content-Type': 'application/json' } }
      }),
    )
    const { docs: countries } = (await (await fetch(`${base()}/api/countries?where[isoCode][equals]=TR&depth=0`)).json()) as { docs: { id: number }[] }
    const azerbaijan = azerbaijanBase(base())
    // Türkiye's pages unless an address is given whole.
    const paths = [
      '/en',
      '/tr',
      '/en/news',
      '/tr/haberler',
      '/en/news?country=TR',
      `${azerbaijan}/en/news/baku-round-table-on-the-day-against-trafficking`,
      `${azerbaijan}/az`,
      '/tr/ulkeler/turkiye',
      '/en/news/rss',
      '/api/v1/news?limit=20',
      '/api/v1/news?lang=tr&sort=updatedAt',
      '/api/news?limit=5&depth=1',
      '/sitemap.xml',
    ]

    const failures: Failure[] = []
    const written = new Map<number, string>()
    let reads = 0
    let writes = 0
    const until = Date.now() + seconds * 1000

    const readLoop = async (offset: number) => {
      for (let i = offset; Date.now() < until; i += 1) {
        const path = paths[i % paths.length]
        try {
          const response = await siteFetch(path.startsWith('/') ? `${base()}${path}` : path, { headers: reader() })
          await response.arrayBuffer()
          reads += 1
          if (response.status !== 200) failures.push({ what: `GET ${path}`, status: response.status })
        } catch (error) {
          failures.push({ what: `GET ${path}`, status: String(error) })
        }
      }
    }

    const writeLoop = async (editor: (typeof editors)[number], n: number) => {
      for (let i = 0; Date.now() < until; i += 1) {
        const title = `Load test ${n}-${i} ${Date.now()}`
        try {
          const created = await fetch(`${base()}/api/news`, {
            method: 'POST',
            headers: editor.auth,
            body: JSON.stringify({ title, excerpt: 'Written under load.', publishedDate: new Date().toISOString(), country: countries[0].id, _status: 'published' }),
          })
          if (created.status !== 201) {
            failures.push({ what: `POST by ${editor.name}`, status: `${created.status} ${await created.text()}` })
            continue
          }
          const { doc } = (await created.json()) as { doc: { id: number } }
          written.set(doc.id, title)
          writes += 1
          const retitled = `${title} (updated)`
          const updated = await fetch(`${base()}/api/news/${doc.id}`, { method: 'PATCH', headers: editor.auth, body: JSON.stringify({ title: retitled }) })
          if (updated.status !== 200) failures.push({ what: `PATCH by ${editor.name}`, status: `${updated.status} ${await updated.text()}` })
          else {
            written.set(doc.id, retitled)
            writes += 1
          }
        } catch (error) {
          failures.push({ what: `write by ${editor.name}`, status: String(error) })
        }
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    }

    await Promise.all([...Array.from({ length: readers }, (_, i) => readLoop(i)), ...editors.map((editor, n) => writeLoop(editor, n))])
    console.log(`resilience: ${reads} reads, ${writes} writes in ${seconds} s, ${failures.length} failures`)
    expect(failures.slice(0, 10)).toEqual([])
    expect(written.size).toBeGreaterThan(10)

    // Every write is there, in its last version, for the staff API and for readers.
    const staff = editors[1].auth
    const ids = [...written.keys()]
    const { docs } = (await (await fetch(`${base()}/api/news?where[id][in]=${ids.join(',')}&limit=${ids.length}&depth=0`, { headers: staff })).json()) as {
      docs: { id: number; title: string; slug: string }[]
    }
    expect(docs.length).toBe(ids.length)
    for (const doc of docs) expect([doc.id, doc.title]).toEqual([doc.id, written.get(doc.id)])
    const partner = (await (await fetch(`${base()}/api/v1/news?limit=100&sort=-updatedAt&fields=title`, { headers: reader() })).json()) as {
      totalCount: number
      data: { id: string; title: string }[]
    }
    for (const item of partner.data.filter((entry) => written.has(Number(entry.id)))) expect(item.title).toBe(written.get(Number(item.id)))
    // Pages show the last versions. A render that began before the last change and stored after
    // it is a miss (lib/cache/handler.mjs); a reader may still get it once, from the render it
    // joined. Allow 5 s (CI once showed the old home page for good: a render under load had
    // outlasted both of the follow-ups there were then).
    const newest = docs.sort((a, b) => b.id - a.id).slice(0, 3)
    // 10 s since a clean-clone CI once missed the home page's newest title at 5 s (2026-12-04,
    // 1 run in 4 that day; it passed on the same build right after): a page stale for good
    // still fails, and the failure says what the page showed instead.
    const shows = async (path: string, text: string) => {
      const deadline = Date.now() + 10_000
      for (;;) {
        const html = await (await fetch(`${base()}${path}`)).text()
        if (html.includes(text)) return true
        if (Date.now() > deadline) {
          console.log(`${path} still without "${text}" after 10 s; it showed: ${JSON.stringify(html.match(/Load test [^<]*/g)?.slice(0, 8))}`)
          return false
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
    for (const doc of newest) expect([doc.slug, await shows(`/en/news/${doc.slug}`, doc.title)]).toEqual([doc.slug, true])
    expect(['/en', newest[0].title, await shows('/en', newest[0].title)]).toEqual(['/en', newest[0].title, true])
  })
})
