import type { Field } from 'payload'

/** Fields Payload adds itself (auth, versions): labelled by Payload's own translations. */
const payloadOwn = new Set([
  'email',
  'enableAPIKey',
  'apiKey',
  'apiKeyIndex',
  'hasAPIKey',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'salt',
  'hash',
  'resetPasswordRequestedAt',
  'loginAttempts',
  'lockUntil',
  'sessions',
  'id',
  'createdAt',
  'updatedAt',
])

/** The admin's languages; every label and description needs a text in each. */
const adminLanguages = ['en', 'tr', 'az']

let checked = 0

function missing(fields: Field[], prefix: string[], out: string[]) {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      missing(field.fields, prefix, out)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) missing(tab.fields, prefix, out)
      continue
    }
    if (!('name' in field) || field.type === 'ui' || field.name.startsWith('_') || payloadOwn.has(field.name) || field.admin?.hidden) continue
    const path = [...prefix, field.name].join('.')
    checked += 1
    const label = field.label as Record<string, string> | undefined
    const description = field.admin?.description as Record<string, string> | undefined
    for (const locale of adminLanguages) {
      if (typeof label !== 'object' || !label?.[locale]) out.push(`${path}: label.${locale}`)
      if (typeof description !== 'object' || !description?.[locale]) out.push(`${path}: description.${locale}`)
    }
    if ('fields' in field && Array.isArray(field.fields)) missing(field.fields, [...prefix, field.name], out)
  }
}

describe('the admin in every admin language', () => {
  it('gives every field an editor sees a label and a short description in English, Turkish and Azerbaijani', async () => {
    const { default: config } = await import('@payload-config')
    const resolved = await config
    const out: string[] = []
    for (const entity of [...resolved.collections, ...resolved.globals]) {
      if (entity.slug.startsWith('payload-')) continue
      const found: string[] = []
      missing(entity.fields as Field[], [], found)
      out.push(...found.map((f) => `${entity.slug}.${f}`))
    }
    expect(out).toEqual([])
    // Guard against checking nothing: every collection and global has its fields walked.
    expect(checked).toBeGreaterThan(100)
  })
})
