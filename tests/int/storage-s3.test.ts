/**
 * With S3_BUCKET set, media go to S3-compatible storage (@payloadcms/storage-s3): the file and
 * every image size land in the bucket, nothing in DATA_DIR, Payload serves them back at
 * /api/media/file/…, and deleting the document deletes the objects.
 *
 * The bucket is served by s3rver, an S3-compatible server in Node (no MinIO or Docker here),
 * on a free port for this file only.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'
import S3rver from 's3rver'
import sharp from 'sharp'

import { guardedRest, type RestHandler as Handler, startPayload } from '@/tests/helpers/payload'
import { freePort } from '@/tests/helpers/net'

const bucket = 'kopru-media-test'
let server: S3rver
let payload: Payload
let s3: S3Client
let token: string
let POST: Handler
let GET: Handler

beforeAll(async () => {
  const port = await freePort()
  server = new S3rver({
    port,
    address: '127.0.0.1',
    silent: true,
    directory: fs.mkdtempSync(path.join(os.tmpdir(), 'kopru-s3-')),
    configureBuckets: [{ name: bucket, configs: [] }],
  })
  await server.run()
  // Read by payload.config.ts (lib/env.ts) when Payload starts below.
  Object.assign(process.env, {
    S3_BUCKET: bucket,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
    S3_PREFIX: 'turkiye',
  })
  s3 = new S3Client({ region: 'us-east-1', endpoint: `http://127.0.0.1:${port}`, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
  payload = await startPayload()
  await payload.create({ collection: 'users', data: { email: 's3-uploader@test.example', password: 's3-uploader-password', roles: ['admin'] } })
  token = (await payload.login({ collection: 'users', data: { email: 's3-uploader@test.example', password: 's3-uploader-password' } })).token as string
  ;({ POST, GET } = await guardedRest())
})

afterAll(async () => {
  await payload?.destroy()
  await server?.close()
})

const objects = async () => ((await s3.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map((object) => object.Key).sort()

describe('media in S3-compatible storage', () => {
  it('stores the file and its sizes in the bucket, not on the disk, and serves them back', async () => {
    const image = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#0033a0' } })
      .jpeg()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/jpeg' }), 'Van sınır kapısı.jpg')
    form.append('_payload', JSON.stringify({ alt: 'The border crossing at Van' }))
    const created = await POST(new Request('http://localhost:3000/api/media', { method: 'POST', body: form, headers: { Authorization: `JWT ${token}` } }), {
      params: Promise.resolve({ slug: ['media'] }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; filename: string; sizes: Record<string, { filename: string | null }> } }

    const sizes = Object.values(doc.sizes)
      .map((size) => size.filename)
      .filter((name): name is string => Boolean(name))
    expect(sizes).toHaveLength(3) // thumbnail, card, hero (collections/Media)
    expect(await objects()).toEqual([doc.filename, ...sizes].map((name) => `turkiye/${name}`).sort())
    const local = path.join(process.env.DATA_DIR as string, 'media')
    expect(fs.existsSync(local) ? fs.readdirSync(local) : []).toEqual([])

    // Readers get a file once a published document uses it (access/media.ts).
    const file = () => GET(new Request(`http://localhost:3000/api/media/file/${doc.filename}`), { params: Promise.resolve({ slug: ['media', 'file', doc.filename] }) })
    expect((await file()).status).toBe(404)
    const news = await payload.create({
      collection: 'news',
      data: { title: 'At the Van border crossing', _status: 'published', publishedDate: '2026-12-01T09:00:00.000Z', hero: { image: doc.id } },
    })
    const served = await file()
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(image)).toBe(true)

    await payload.delete({ collection: 'news', id: news.id, overrideAccess: true })
    await payload.delete({ collection: 'media', id: doc.id, overrideAccess: true })
    expect(await objects()).toEqual([])
  })

  it('answers 404, not 500, for a file the bucket does not hold', async () => {
    const missing = await GET(new Request('http://localhost:3000/api/media/file/not-there.jpg'), { params: Promise.resolve({ slug: ['media', 'file', 'not-there.jpg'] }) })
    expect(missing.status).toBe(404)
  })

  it('refuses to start with half the credentials, naming both variables', async () => {
    const { parseEnv } = await import('@/lib/env')
    expect(() => parseEnv({ S3_BUCKET: bucket, S3_ACCESS_KEY_ID: 'only-the-id' })).toThrow(/S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/)
  })
})
