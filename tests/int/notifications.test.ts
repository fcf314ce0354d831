/**
 * The review workflow's e-mails (collections/hooks/notifyReview.ts) through a local SMTP server:
 * a submission for review goes to the editors of the document's office, in each one's language,
 * with a link to the document; "changes requested" goes to the author with the editor's comment;
 * a recipient who turned one off in their account gets nothing; nobody gets their own change.
 */
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'

import { officesWithStaff, type Staff } from '@/tests/helpers/payload'

/** What the relay received, each message's envelope recipients and its decoded text. */
const received: { to: string[]; text: string }[] = []
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    let raw = ''
    stream.on('data', (chunk: Buffer) => (raw += chunk.toString('latin1')))
    stream.on('end', () => {
      // Quoted-printable bodies and Q-encoded subjects, decoded enough to read them.
      const bytes = raw
        // Adjacent encoded words of a folded header are one text.
        .replace(/\?=\r?\n?\s+=\?UTF-8\?Q\?/gi, '')
        .replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_, word: string) => word.replace(/_/g, ' '))
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      received.push({ to: session.envelope.rcptTo.map((address) => address.address), text: Buffer.from(bytes, 'latin1').toString('utf8') })
      callback()
    })
  },
})

let payload: Payload
let users: Record<'admin' | 'editorTR' | 'editorAZ' | 'contributorTR', Staff>
let offices: Record<'TR' | 'AZ', number>
let secondEditor: Staff

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
  const { startPayload } = await import('@/tests/helpers/payload')
  payload = await startPayload()
  ;({ offices, users } = (await officesWithStaff(payload, ['admin', 'editorTR', 'editorAZ', 'contributorTR'] as const)) as unknown as {
    offices: typeof offices
    users: typeof users
  })
  // The Türkiye editor reads in Turkish; a second Türkiye editor has turned review requests off.
  await payload.update({ collection: 'users', id: users.editorTR.id, data: { language: 'tr', name: 'Ayşe Editör' } as never, overrideAccess: true })
  await payload.update({ collection: 'users', id: users.contributorTR.id, data: { name: 'Can Yazar' } as never, overrideAccess: true })
  // The accounts as a request carries them, with their new names (the first account of a database is made an admin: 'admin' above).
  for (const key of ['editorTR', 'contributorTR'] as const)
    users[key] = { ...(await payload.findByID({ collection: 'users', id: users[key].id, depth: 0, overrideAccess: true })), collection: 'users' } as unknown as Staff
  const second = await payload.create({
    collection: 'users',
    data: { email: 'quiet-editor@test.example', password: 'a-long-test-password', roles: ['editor'], countries: [offices.TR], notify: { reviewRequested: false } } as never,
    overrideAccess: true,
  })
  secondEditor = { ...second, collection: 'users' } as unknown as Staff
})

afterAll(async () => {
  await payload?.destroy()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

/** The messages a step sent, once the relay has them (they leave in the background, lib/mail.ts). */
async function sentBy(step: () => Promise<unknown>, expected: number) {
  received.length = 0
  await step()
  for (let waited = 0; received.length < expected && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))
  // And a moment more: nothing else may arrive.
  await new Promise((resolve) => setTimeout(resolve, 300))
  return [...received]
}

describe('review e-mails', () => {
  let id: number | string

  it('a submission for review goes to the office’s editors, in their language, with a link; not to the other office’s nor to one who turned it off', async () => {
    const sent = await sentBy(async () => {
      const draft = await payload.create({
        collection: 'news',
        locale: 'en',
        draft: true,
        user: users.contributorTR,
        overrideAccess: false,
        data: { title: 'Workshop in Gaziantep', country: offices.TR, publishedDate: '2026-12-01T09:00:00.000Z', reviewStatus: 'inReview', _status: 'draft' } as never,
      })
      id = draft.id
    }, 1)
    expect(sent.map((message) => message.to)).toEqual([[users.editorTR.email]])
    const { text } = sent[0]
    expect(text).toContain('Subject: İncelemeniz için: Workshop in Gaziantep')
    expect(text).toContain('Can Yazar, “Workshop in Gaziantep” başlıklı içeriği incelemeye gönderdi.')
    expect(text).toContain(`/admin/collections/news/${id}`)
    expect(text).toContain('lang="tr"')
    expect(sent.flatMap((message) => message.to)).not.toContain(users.editorAZ.email)
    expect(sent.flatMap((message) => message.to)).not.toContain(secondEditor.email)
  })

  it('“changes requested” goes to the author with the editor’s comment, in the author’s language', async () => {
    const sent = await sentBy(
      () =>
        payload.update({
          collection: 'news',
          id,
          locale: 'en',
          draft: true,
          user: users.editorTR,
          overrideAccess: false,
          data: { reviewStatus: 'changesRequested', reviewComment: 'Name the partner organisations.' } as never,
        }),
      1,
    )
    expect(sent.map((message) => message.to)).toEqual([[users.contributorTR.email]])
    expect(sent[0].text).toContain('Subject: Changes requested: Workshop in Gaziantep')
    expect(sent[0].text).toContain('Ayşe Editör asked for changes to “Workshop in Gaziantep”.')
    expect(sent[0].text).toContain('Comment: Name the partner organisations.')
  })

  it('sends nothing for a save that does not change the review state, nor for work without a person (seed, jobs)', async () => {
    expect(
      await sentBy(
        () =>
          payload.update({
            collection: 'news',
            id,
            locale: 'en',
            draft: true,
            user: users.contributorTR,
            overrideAccess: false,
            data: { title: 'Workshop in Gaziantep (2)' } as never,
          }),
        0,
      ),
    ).toEqual([])
    expect(
      await sentBy(
        () =>
          payload.create({
            collection: 'news',
            locale: 'en',
            draft: true,
            data: { title: 'Seeded', country: offices.TR, publishedDate: '2026-12-01T09:00:00.000Z', reviewStatus: 'inReview', _status: 'draft' } as never,
          }),
        0,
      ),
    ).toEqual([])
  })

  it('an officer turns a notification off in their own account', async () => {
    await payload.update({
      collection: 'users',
      id: users.contributorTR.id,
      user: users.contributorTR,
      overrideAccess: false,
      data: { notify: { changesRequested: false } } as never,
    })
    await payload.update({ collection: 'news', id, locale: 'en', draft: true, user: users.contributorTR, overrideAccess: false, data: { reviewStatus: 'inReview' } as never })
    const sent = await sentBy(
      () =>
        payload.update({
          collection: 'news',
          id,
          locale: 'en',
          draft: true,
          user: users.editorTR,
          overrideAccess: false,
          data: { reviewStatus: 'changesRequested', reviewComment: 'Again, please.' } as never,
        }),
      0,
    )
    expect(sent.flatMap((message) => message.to)).not.toContain(users.contributorTR.email)
  })

  it('a scheduled publish that fails e-mails who scheduled it, with the time it was due and a link', async () => {
    // Scheduled by the Türkiye editor; the document is deleted before it is due, so the job fails.
    const doomed = await payload.create({
      collection: 'news',
      locale: 'en',
      draft: true,
      overrideAccess: true,
      data: { title: 'Press release for Monday', country: offices.TR, publishedDate: '2026-12-07T09:00:00.000Z', _status: 'draft' } as never,
    })
    const due = new Date(Date.now() - 60_000)
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'news', value: String(doomed.id) }, user: { relationTo: 'users', value: users.editorTR.id } } as never,
      waitUntil: due,
    })
    await payload.delete({ collection: 'news', id: doomed.id, overrideAccess: true })
    const sent = await sentBy(() => payload.jobs.run({ overrideAccess: true }), 1)
    expect(sent.map((message) => message.to)).toEqual([[users.editorTR.email]])
    expect(sent[0].text).toContain('Subject: Planlandığı gibi yayımlanmadı:')
    expect(sent[0].text).toContain('tarihinde yayımlanacaktı, yayımlanmadı')
    expect(sent[0].text).toContain(`/admin/collections/news/${doomed.id}`)
  })
})
