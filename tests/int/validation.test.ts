import type { Payload } from 'payload'
import sharp from 'sharp'

import { validationMessages } from '@/tests/helpers/errors'
import { minimalPdf } from '@/tests/helpers/files'
import { startPayload } from '@/tests/helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

describe('relationship and field validation', () => {
  it('rejects a country fact without a country, with a message saying what to do', async () => {
    const messages = await validationMessages(payload.create({ collection: 'facts', data: { value: 326, notation: 'plain', label: 'Survivors assisted', scope: 'country' } }))
    expect(messages).toEqual(['country: Choose the country office this figure belongs to, or set the scope to "Global".'])
  })

  it('accepts a country fact with a country and a global fact without one', async () => {
    const country = await payload.create({ collection: 'countries', data: { name: 'Türkiye', isoCode: 'TR' } })
    const scoped = await payload.create({
      collection: 'facts',
      data: { value: 326, notation: 'plain', label: 'Survivors assisted', scope: 'country', country: country.id },
    })
    const global = await payload.create({ collection: 'facts', data: { value: 1_700_000, notation: 'compact', label: 'Returns', scope: 'global' } })
    expect(scoped.country).toMatchObject({ id: country.id })
    expect(global.country ?? null).toBeNull()
  })

  it('rejects a relationship to a document that does not exist', async () => {
    await expect(payload.create({ collection: 'facts', data: { value: 1, notation: 'plain', label: 'Ghost', scope: 'country', country: 999_999 } })).rejects.toThrow()
  })

  it('rejects a second country with the same ISO code', async () => {
    await payload.create({ collection: 'countries', data: { name: 'Azerbaijan', isoCode: 'AZ' } })
    await expect(payload.create({ collection: 'countries', data: { name: 'Azerbaijan again', isoCode: 'az' } })).rejects.toThrow()
  })

  it('rejects an ISO code that is not two letters', async () => {
    const messages = await validationMessages(payload.create({ collection: 'countries', data: { name: 'Nowhere', isoCode: 'TUR' } }))
    expect(messages).toEqual(['isoCode: Enter the two-letter ISO 3166-1 code, e.g. TR or AZ.'])
  })

  it('requires alt text on images but not on PDFs', async () => {
    const png = await sharp({ create: { width: 20, height: 10, channels: 3, background: '#0033a0' } })
      .png()
      .toBuffer()
    const messages = await validationMessages(payload.create({ collection: 'media', data: {}, file: { data: png, mimetype: 'image/png', name: 'blue.png', size: png.length } }))
    expect(messages).toEqual([expect.stringMatching(/^alt: Describe the image/)])
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'A blue rectangle' },
      file: { data: png, mimetype: 'image/png', name: 'blue.png', size: png.length },
    })
    expect(image.sizes?.thumbnail?.filename).toBeTruthy()
    const pdfBytes = minimalPdf()
    const pdf = await payload.create({
      collection: 'media',
      data: {},
      file: { data: pdfBytes, mimetype: 'application/pdf', name: 'statement.pdf', size: pdfBytes.length },
    })
    expect(pdf.mimeType).toBe('application/pdf')
  })

  it('rejects a year outside 1951-2100', async () => {
    const messages = await validationMessages(payload.create({ collection: 'countries', data: { name: 'Old', isoCode: 'GB', presenceSince: 1900 } }))
    expect(messages).toEqual(['presenceSince: Enter a four-digit year between 1951 and 2100.'])
  })
})
