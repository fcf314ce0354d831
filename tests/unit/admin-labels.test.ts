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

const descriptionAz = (paths: string[]) => paths.map((path) => `${path}: description.az`)
const labelAndDescriptionAz = (paths: string[]) => paths.flatMap((path) => [`${path}: label.az`, `${path}: description.az`])

/**
 * Texts still missing in Azerbaijani (issue 17), each for a reason outside collections/ and
 * fields/. This list must be emptied: an entry that is no longer missing fails the test as
 * well, so each goes as soon as its text is written, and anything missing that is not listed
 * here fails as before.
 */
const knownAzGaps = new Set([
  // fields/descriptions.ts keeps its texts as PerLocale<string> (i18n/localized.ts), which
  // takes `az` only once i18n/locales.ts lists it; the search index's labels are kept there too.
  ...descriptionAz([
    'news.title',
    'news.body',
    'news.hero',
    'news.hero.image',
    'news.publishedDate',
    'news.country',
    'news.programmes',
    'news.pressContacts',
    'news.pressContacts.name',
    'news.lastEditedBy',
    'statements.title',
    'statements.kind',
    'statements.body',
    'statements.speakerName',
    'statements.date',
    'statements.country',
    'statements.programmes',
    'statements.pdf',
    'statements.lastEditedBy',
    'programmes.title',
    'programmes.body',
    'programmes.pillars.title',
    'programmes.pillars.text',
    'programmes.principles',
    'programmes.principles.text',
    'programmes.since',
    'programmes.status',
    'programmes.countries',
    'programmes.partners',
    'programmes.partners.name',
    'programmes.donors',
    'programmes.donors.name',
    'programmes.lastEditedBy',
    'facts.notation',
    'facts.scope',
    'facts.country',
    'facts.asOf',
    'facts.source',
    'facts.source.text',
    'facts.source.url',
    'facts.programme',
    'countries.name',
    'countries.body',
    'countries.heroImage',
    'countries.office',
    'countries.office.address',
    'media.credit',
    'users.name',
    'users.roles',
  ]),
  ...labelAndDescriptionAz(['search.title', 'search.priority', 'search.doc', 'search.date']),
  // globals/ is being reworked (navigation, footer); their link fields come from fields/link.ts,
  // which is not in this change (its page names are PerLocale<string> too). Their descriptions
  // come from fields/descriptions.ts.
  ...labelAndDescriptionAz([
    'navigation.sections',
    'navigation.sections.label',
    'navigation.sections.type',
    'navigation.sections.route',
    'navigation.sections.document',
    'navigation.sections.url',
    'navigation.sections.links',
    'navigation.sections.links.label',
    'navigation.sections.links.type',
    'navigation.sections.links.route',
    'navigation.sections.links.document',
    'navigation.sections.links.url',
    'footer.columns',
    'footer.columns.heading',
    'footer.columns.links',
    'footer.columns.links.label',
    'footer.columns.links.type',
    'footer.columns.links.route',
    'footer.columns.links.document',
    'footer.columns.links.url',
    'footer.note',
  ]),
])

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
    expect(out.filter((gap) => !knownAzGaps.has(gap))).toEqual([])
    // A known gap that has been filled leaves the list: it must be emptied, not kept as cover.
    expect([...knownAzGaps].filter((gap) => !out.includes(gap))).toEqual([])
    // Guard against checking nothing: every collection and global has its fields walked.
    expect(checked).toBeGreaterThan(100)
  })
})
