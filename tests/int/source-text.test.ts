/**
 * The source beside a translation (issue 18): GET /api/<collection>/<id>/translation-source,
 * which the admin's field component reads. It answers with the English of every localized text
 * field, read with the caller's access, and marks those whose English changed after their
 * translation was last saved.
 */
import type { Payload } from 'payload'

import type { SourceTexts } from '@/lib/admin/sourceText'
import { guardedRest, officesWithStaff, type RestHandler, startPayload, type Staff } from '@/tests/helpers/payload'
import { body, text } from '@/tests/helpers/richtext'

let payload: Payload
let GET: RestHandler
let offices: Record<'TR' | 'AZ', number>
let users: Record<'editorTR' | 'editorAZ' | 'translatorTR', Staff>
let article: number

const get = (path: string, user?: Staff) =>
  GET(new Request(`http://localhost:3000/api/${path}`, { headers: user ? { Authorization: `JWT ${user.token}` } : {} }), {
    params: Promise.resolve({ slug: path.split('?')[0].split('/') }),
  })

const source = async (user: Staff, locale = 'tr'): Promise<SourceTexts> => {
  const response = await get(`news/${article}/translation-source?locale=${locale}`, user)
  expect(response.status).toBe(200)
  return (await response.json()) as SourceTexts
}

beforeAll(async () => {
  payload = await startPayload()
  ;({ GET } = await guardedRest())
  ;({ offices, users } = await officesWithStaff(payload, ['editorTR', 'editorAZ', 'translatorTR'] as const))
  article = (
    await payload.create({
      collection: 'news',
      locale: 'en',
      draft: true,
      overrideAccess: true,
      data: {
        title: 'Workshop in Mersin',
        excerpt: 'Officers met in Mersin.',
        dateline: 'MERSIN',
        body: body(text('Thirty officers met in Mersin.')),
        country: offices.TR,
        publishedDate: '2026-11-30T09:00:00.000Z',
        pressContacts: [{ name: 'Press desk', email: 'press@kopru.example' }],
        _status: 'draft',
      } as never,
    })
  ).id as number
})

afterAll(async () => {
  await payload?.destroy()
})

describe('translation-source', () => {
  it('gives a translator the English of every localized text field, rich text included', async () => {
    const data = await source(users.translatorTR)
    expect(data.source).toBe('en')
    expect(data.locale).toBe('tr')
    expect(data.values.title).toBe('Workshop in Mersin')
    expect(data.values.excerpt).toBe('Officers met in Mersin.')
    expect(JSON.stringify(data.values.body)).toContain('Thirty officers met in Mersin.')
    expect(data.values.dateline).toBe('MERSIN')
    // A press contact's name is the same in every language: not a translated field.
    expect(Object.keys(data.values).filter((path) => path.startsWith('pressContacts'))).toEqual([])
    expect(data.changed).toEqual([])
  })

  it('marks a field whose English changed after its translation was saved, until the translation is saved again', async () => {
    const saveTitle = (locale: 'en' | 'tr', user: Staff, title: string) =>
      payload.update({ collection: 'news', id: article, locale, draft: true, overrideAccess: false, user, data: { title } as never })
    await saveTitle('tr', users.translatorTR, 'Mersin’de çalıştay')
    expect((await source(users.translatorTR)).changed).toEqual([])
    await saveTitle('en', users.editorTR, 'Workshop in Mersin, revised')
    const after = await source(users.translatorTR)
    expect(after.values.title).toBe('Workshop in Mersin, revised')
    // Only the title: the excerpt has no Turkish yet (missing, not changed).
    expect(after.changed).toEqual(['title'])
    await saveTitle('tr', users.translatorTR, 'Mersin’de çalıştay, gözden geçirilmiş')
    expect((await source(users.translatorTR)).changed).toEqual([])
  })

  it('reads with the caller’s access: anonymous 401, another office’s draft 404, a bad language 400 saying what to send', async () => {
    expect((await get(`news/${article}/translation-source?locale=tr`)).status).toBe(401)
    expect((await get(`news/${article}/translation-source?locale=tr`, users.editorAZ)).status).toBe(404)
    for (const locale of ['en', 'xx', '']) {
      const response = await get(`news/${article}/translation-source?locale=${locale}`, users.translatorTR)
      expect(response.status).toBe(400)
      expect(((await response.json()) as { error: string }).error).toMatch(/\?locale=/)
    }
    expect((await get(`news/999999/translation-source?locale=tr`, users.translatorTR)).status).toBe(404)
  })

  it('serves globals too (the navigation’s labels)', async () => {
    await payload.updateGlobal({
      slug: 'navigation',
      locale: 'en',
      overrideAccess: true,
      data: { sections: [{ label: 'About us', type: 'none', links: [{ label: 'Who we are', type: 'url', url: 'https://example.org/who' }] }] } as never,
    })
    const response = await get('globals/navigation/translation-source?locale=tr', users.editorTR)
    expect(response.status).toBe(200)
    const data = (await response.json()) as SourceTexts
    expect(data).toMatchObject({ source: 'en', locale: 'tr' })
    // The menu's links are array rows, each with its label by the form's path.
    expect(data.values).toMatchObject({ 'sections.0.label': 'About us', 'sections.0.links.0.label': 'Who we are' })
  })
})
