import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'

import { guardedRest, type RestHandler, startPayload } from '@/tests/helpers/payload'

let payload: Payload
let token: string
let POST: RestHandler

beforeAll(async () => {
  payload = await startPayload()
  await payload.create({ collection: 'users', data: { email: 'uploader@test.example', password: 'uploader-password', roles: ['admin'] } })
  token = (await payload.login({ collection: 'users', data: { email: 'uploader@test.example', password: 'uploader-password' } })).token as string
  ;({ POST } = await guardedRest())
})

afterAll(async () => {
  await payload?.destroy()
})

/** Uploads like the admin does: multipart form with the file and the document's fields. */
async function upload(name: string, bytes: Buffer, type: string, fields: Record<string, unknown> = { alt: 'A test image' }) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  const response = await POST(new Request('http://localhost:3000/api/media', { method: 'POST', body: form, headers: { Authorization: `JWT ${token}` } }), {
    params: Promise.resolve({ slug: ['media'] }),
  })
  return { status: response.status, body: (await response.json()) as { doc?: { filename: string; mimeType: string }; errors?: { message: string; data?: unknown }[] } }
}

const png = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#0033a0' } })
    .png()
    .toBuffer()

describe('media uploads', () => {
  it('accepts a real PNG and gives it a clean file name', async () => {
    const { status, body } = await upload('Bakü yuvarlak masa (final)!!.png', await png(), 'image/png')
    expect(status).toBe(201)
    expect(body.doc?.mimeType).toBe('image/png')
    expect(body.doc?.filename).toMatch(/^[a-z0-9][a-z0-9._-]*\.png$/)
  })

  it('refuses a Windows program renamed .png, by its content', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200)])
    exe.writeUInt32LE(64, 0x3c)
    const { status, body } = await upload('holiday.png', exe, 'image/png')
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/not allowed|Invalid/i)
  })

  it('refuses text pretending to be a PDF or an image', async () => {
    expect((await upload('report.pdf', Buffer.from('<script>alert(1)</script>'), 'application/pdf', {})).status).toBe(400)
    expect((await upload('photo.jpg', Buffer.from('just some text, not a JPEG'), 'image/jpeg')).status).toBe(400)
  })

  it('refuses a file over 20 MB', async () => {
    const big = Buffer.concat([await png(), Buffer.alloc(21 * 1024 * 1024)])
    const { status, body } = await upload('huge.png', big, 'image/png')
    expect(status).toBe(413)
    expect(JSON.stringify(body)).toMatch(/limit/i)
  })

  it('requires alt text on images', async () => {
    const { status, body } = await upload('no-alt.png', await png(), 'image/png', {})
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toContain('alt text')
  })

  it('stores nothing of a refused upload', async () => {
    const files = fs.readdirSync(path.resolve(process.env.DATA_DIR as string, 'media'))
    expect(files.filter((f) => /holiday|report|photo|huge|no-alt/.test(f))).toEqual([])
  })
})
