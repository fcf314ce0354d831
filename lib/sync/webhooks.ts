import crypto from 'node:crypto'

import type { Access, CollectionAfterChangeHook, CollectionBeforeDeleteHook, CollectionBeforeChangeHook, CollectionConfig, Payload, Plugin, TaskConfig, Where } from 'payload'
import { Webhook } from 'standardwebhooks'

import { hasRole } from '@/access/roles'
import { defaultLocale, isLocale, locales, type Locale } from '@/i18n/locales'
import { messages } from '@/i18n/messages'
import { apiCollections, apiBase, webhookEventTypes, type ApiCollection } from '@/lib/api/v1/schemas'
import { getEnv } from '@/lib/env'
import { apiUrl } from '@/lib/metadata'
import { refuse } from '@/lib/refuse'
import { idOf } from '@/lib/relationValues'
import { destinationProblem, postTo } from './outbound'

/**
 * Webhooks for partners (issue 20): an endpoint a partner registers (in the admin by an admin
 * for them, or with their key over Payload's REST API, /api/webhook-endpoints) receives a POST
 * for each change of the partners' changes feed (lib/sync/changes.ts) that its filters select:
 * `published` (in a language, for the first time or again), `updated` (changed while published),
 * `unpublished` (no longer public in a language: unpublished, or its translation removed) and
 * `deleted`. The feed decides what happened, so a draft never fires an event.
 *
 * Each delivery is signed to the Standard Webhooks specification (the `standardwebhooks`
 * library: webhook-id, webhook-timestamp, webhook-signature over id.timestamp.body with the
 * endpoint's secret) and sent from Payload's jobs queue (queue `webhooks`), one job per attempt.
 * A failed attempt (no 2xx within WEBHOOK_TIMEOUT_MS) is tried again after 1, 5, 15 and 30
 * minutes, then 1, 2, 4, 8 and 8 hours: ten attempts over 23 h 51 min, then the delivery has
 * failed. Twenty failed attempts in a row disable the endpoint, and its owner gets an e-mail.
 *
 * Order: one document's deliveries to one endpoint leave one after another, in the feed's order
 * (`seq`): a delivery waits, without a job, while an earlier one of the same document is pending,
 * and is queued when that one ends (delivered or failed). Different documents go in parallel.
 */

export const endpointsSlug = 'webhook-endpoints'
export const deliveriesSlug = 'webhook-deliveries'
export const claimsSlug = 'webhook-claims'
export const webhooksQueue = 'webhooks'
const taskSlug = 'deliverWebhook' as const

export const webhookEvents = webhookEventTypes
export type WebhookEvent = (typeof webhookEvents)[number]

/** Minutes to wait after each failed attempt: ten attempts over 23 h 51 min. */
export const retryMinutes = [1, 5, 15, 30, 60, 120, 240, 480, 480] as const
/** Failed attempts in a row (any of the endpoint's deliveries) that disable an endpoint. */
export const disableAfterFailures = 20
/** Endpoints a partner may have (each publish makes a delivery per matching endpoint). */
export const maxEndpointsPerOwner = 10
/** Days finished deliveries stay in the log. */
export const deliveryLogDays = 30

type User = { id: number | string; roles?: string[] | null } | null | undefined

/** Admins see every endpoint and delivery; a partner (or anyone else signed in) only their own. */
const ownOrAdmin: Access = ({ req }) => {
  const user = req.user as User
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { owner: { equals: user.id } }
}

const adminsOrPartners: Access = ({ req }) => hasRole(req.user as User, 'admin', 'partner')

const t3 = (en: string, tr: string, az: string) => ({ en, tr, az })

/** A new secret: 24 random bytes, base64, with Standard Webhooks' `whsec_` prefix. */
export function newSecret(): string {
  return `whsec_${crypto.randomBytes(24).toString('base64')}`
}

/**
 * A person's write (REST or the admin): the owner is the partner themself (an admin may choose
 * one, else it is them); the secret, the failure count and the disabling are Köprü's, whatever
 * is sent; a new secret only when asked for (rotateSecret); enabled again, the failures are
 * forgiven. The delivery code's own writes (no user) pass as they are.
 */
const prepareEndpoint: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const user = req.user as User
  const next = { ...data }
  const rotate = next.rotateSecret === true
  delete next.rotateSecret
  if (!user) {
    if (operation === 'create' && !next.secret) next.secret = newSecret()
    return next
  }
  const reenabled = operation === 'update' && next.enabled === true && originalDoc?.enabled === false
  if (operation === 'create') {
    if (!hasRole(user, 'admin') || next.owner == null) next.owner = user.id
  } else if (!hasRole(user, 'admin')) next.owner = idOf(originalDoc?.owner)
  if (operation === 'create' || String(idOf(next.owner)) !== String(idOf(originalDoc?.owner))) {
    const { totalDocs } = await req.payload.count({ collection: endpointsSlug as never, where: { owner: { equals: idOf(next.owner) } }, overrideAccess: true, req })
    if (totalDocs >= maxEndpointsPerOwner) throw refuse(req, 'webhookEndpoints', { max: maxEndpointsPerOwner }, 400)
  }
  next.secret = operation === 'create' || rotate ? newSecret() : originalDoc?.secret
  next.consecutiveFailures = operation === 'create' || reenabled ? 0 : (originalDoc?.consecutiveFailures ?? 0)
  next.disabledAt = operation === 'create' || reenabled ? null : (originalDoc?.disabledAt ?? null)
  next.disabledReason = operation === 'create' || reenabled ? null : (originalDoc?.disabledReason ?? null)
  return next
}

/**
 * After the write: (1) the cap again, counting this owner's endpoints up to this one's id. The
 * count before the write lets two creates at once (two instances, or two requests that both
 * counted 9) both in; this way the later of them is removed and refused, on SQLite and MongoDB
 * alike. (2) An endpoint given to another owner takes its log along: the old owner no longer
 * reads its deliveries (they carry the owner for the `{owner: user}` read rule).
 */
const settleEndpoint: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const owner = idOf(doc.owner)
  if (operation === 'create' && owner != null) {
    const { totalDocs } = await req.payload.count({
      collection: endpointsSlug as never,
      where: { and: [{ owner: { equals: owner } }, { id: { less_than_equal: doc.id } }] },
      overrideAccess: true,
      req,
    })
    if (totalDocs > maxEndpointsPerOwner) {
      await req.payload.db.deleteOne({ collection: endpointsSlug, where: { id: { equals: doc.id } }, req, returning: false })
      throw refuse(req, 'webhookEndpoints', { max: maxEndpointsPerOwner }, 400)
    }
  }
  if (operation === 'update' && String(owner) !== String(idOf(previousDoc?.owner)))
    await req.payload.db.updateMany({ collection: deliveriesSlug, where: { endpoint: { equals: doc.id } }, data: { owner }, req, returning: false })
  return doc
}

/** An endpoint deleted: its deliveries go first (they refer to it) (nothing more is sent, and the log has no orphans). */
const forgetDeliveries: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: deliveriesSlug as never, where: { endpoint: { equals: id } }, overrideAccess: true, req })
}

export const WebhookEndpoints: CollectionConfig = {
  slug: endpointsSlug,
  labels: { singular: t3('Webhook endpoint', 'Webhook uç noktası', 'Webhook ünvanı'), plural: t3('Webhook endpoints', 'Webhook uç noktaları', 'Webhook ünvanları') },
  admin: {
    group: t3('Partners', 'Ortaklar', 'Tərəfdaşlar'),
    hidden: ({ user }) => !hasRole(user as User, 'admin'),
    useAsTitle: 'url',
    defaultColumns: ['url', 'owner', 'events', 'enabled', 'consecutiveFailures'],
    description: t3(
      'Addresses that receive a signed POST when partners’ content is published, updated, unpublished or deleted.',
      'Ortakların içeriği yayımlandığında, değiştiğinde, yayından kaldırıldığında ya da silindiğinde imzalı bir POST alan adresler.',
      'Tərəfdaşların məzmunu dərc olunanda, dəyişəndə, dərcdən çıxarılanda və ya silinəndə imzalı POST alan ünvanlar.',
    ),
  },
  access: { read: ownOrAdmin, create: adminsOrPartners, update: ownOrAdmin, delete: ownOrAdmin },
  hooks: { beforeChange: [prepareEndpoint], afterChange: [settleEndpoint], beforeDelete: [forgetDeliveries] },
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      maxLength: 2000,
      label: t3('URL', 'URL', 'URL'),
      admin: {
        description: t3(
          'Where deliveries are POSTed: a public http(s) address (private and local addresses are refused).',
          'Gönderimlerin POST edileceği adres: herkese açık bir http(s) adresi (özel ve yerel adresler reddedilir).',
          'Göndərişlərin POST ediləcəyi ünvan: ictimai http(s) ünvanı (şəxsi və yerli ünvanlar rədd edilir).',
        ),
      },
      // The address is resolved when it is new or changed, on saving (not while typing, not on Köprü's own bookkeeping).
      validate: async (value: unknown, { previousValue, event, req }: { previousValue?: unknown; event?: string; req: { user?: unknown } }) => {
        if (typeof value !== 'string' || value.trim() === '') return 'url is required: the address that receives the deliveries'
        const skipLookup = event === 'onChange' || !req.user || value === previousValue
        const problem = await destinationProblem(value.trim(), skipLookup || getEnv().WEBHOOKS_ALLOW_PRIVATE)
        return problem ? `url ${problem}` : true
      },
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: [...webhookEvents],
      options: [
        { value: 'published', label: t3('Published', 'Yayımlandı', 'Dərc olundu') },
        { value: 'updated', label: t3('Updated', 'Güncellendi', 'Yeniləndi') },
        { value: 'unpublished', label: t3('Unpublished', 'Yayından kaldırıldı', 'Dərcdən çıxarıldı') },
        { value: 'deleted', label: t3('Deleted', 'Silindi', 'Silindi') },
      ],
      label: t3('Events', 'Olaylar', 'Hadisələr'),
      admin: { description: t3('Which changes are sent.', 'Hangi değişikliklerin gönderileceği.', 'Hansı dəyişikliklərin göndəriləcəyi.') },
    },
    {
      name: 'collections',
      type: 'select',
      hasMany: true,
      options: [...apiCollections],
      label: t3('Collections', 'Koleksiyonlar', 'Kolleksiyalar'),
      admin: { description: t3('Only these kinds of document; empty: all.', 'Yalnızca bu belge türleri; boş: hepsi.', 'Yalnız bu sənəd növləri; boş: hamısı.') },
    },
    {
      name: 'countries',
      type: 'relationship',
      relationTo: 'countries',
      hasMany: true,
      // An office filter names a few; a long list is a mistake (or a stuffed request).
      maxRows: 50,
      label: t3('Country offices', 'Ülke ofisleri', 'Ölkə ofisləri'),
      admin: {
        description: t3('Only documents of these offices; empty: all.', 'Yalnızca bu ofislerin belgeleri; boş: hepsi.', 'Yalnız bu ofislərin sənədləri; boş: hamısı.'),
      },
    },
    {
      name: 'langs',
      type: 'select',
      hasMany: true,
      options: [...locales],
      label: t3('Languages', 'Diller', 'Dillər'),
      admin: {
        description: t3('Only changes in these languages; empty: all.', 'Yalnızca bu dillerdeki değişiklikler; boş: hepsi.', 'Yalnız bu dillərdəki dəyişikliklər; boş: hamısı.'),
      },
    },
    {
      name: 'enabled',
      type: 'checkbox',
      defaultValue: true,
      label: t3('Enabled', 'Etkin', 'Aktiv'),
      admin: {
        description: t3(
          'Off: nothing is sent. Turned off by itself after 20 failed attempts in a row; turning it on again starts the count anew.',
          'Kapalı: hiçbir şey gönderilmez. Art arda 20 başarısız denemeden sonra kendiliğinden kapanır; yeniden açmak sayımı sıfırlar.',
          'Söndürülüb: heç nə göndərilmir. Ardıcıl 20 uğursuz cəhddən sonra özü sönür; yenidən yandırmaq sayğacı sıfırlayır.',
        ),
      },
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: t3('Owner', 'Sahibi', 'Sahibi'),
      access: { update: ({ req }) => hasRole(req.user as User, 'admin') },
      admin: {
        description: t3(
          'The partner account whose endpoint this is: it sees the endpoint and its deliveries, and gets the e-mail when it is disabled.',
          'Uç noktanın ait olduğu ortak hesabı: uç noktayı ve gönderimlerini görür, kapatıldığında e-postayı alır.',
          'Ünvanın aid olduğu tərəfdaş hesabı: ünvanı və göndərişlərini görür, söndürüləndə e-poçtu alır.',
        ),
      },
    },
    {
      name: 'secret',
      type: 'text',
      label: t3('Signing secret', 'İmza anahtarı', 'İmza açarı'),
      admin: {
        readOnly: true,
        description: t3(
          'Verify each delivery’s webhook-signature with it (Standard Webhooks). Made by Köprü; keep it private.',
          'Her gönderimin webhook-signature başlığını bununla doğrulayın (Standard Webhooks). Köprü üretir; gizli tutun.',
          'Hər göndərişin webhook-signature başlığını bununla yoxlayın (Standard Webhooks). Köprü yaradır; gizli saxlayın.',
        ),
      },
    },
    {
      name: 'rotateSecret',
      type: 'checkbox',
      virtual: true,
      label: t3('New secret on save', 'Kaydederken yeni anahtar', 'Yadda saxlayanda yeni açar'),
      admin: {
        description: t3(
          'Tick and save to replace the secret; deliveries from then on are signed with the new one.',
          'Anahtarı değiştirmek için işaretleyip kaydedin; bundan sonraki gönderimler yenisiyle imzalanır.',
          'Açarı dəyişmək üçün işarələyib yadda saxlayın; bundan sonrakı göndərişlər yenisi ilə imzalanır.',
        ),
      },
    },
    {
      name: 'consecutiveFailures',
      type: 'number',
      defaultValue: 0,
      label: t3('Failures in a row', 'Art arda hata', 'Ardıcıl uğursuzluq'),
      admin: {
        readOnly: true,
        description: t3('Failed attempts since the last success.', 'Son başarılı gönderimden bu yana başarısız denemeler.', 'Son uğurlu göndərişdən bəri uğursuz cəhdlər.'),
      },
    },
    {
      name: 'disabledAt',
      type: 'date',
      label: t3('Disabled at', 'Kapatılma zamanı', 'Söndürülmə vaxtı'),
      admin: { readOnly: true, description: t3('When Köprü turned it off.', 'Köprü’nün kapattığı zaman.', 'Köprünün söndürdüyü vaxt.') },
    },
    {
      name: 'disabledReason',
      type: 'text',
      label: t3('Why it was disabled', 'Kapatılma nedeni', 'Söndürülmə səbəbi'),
      admin: { readOnly: true, description: t3('The last failure before it was turned off.', 'Kapatılmadan önceki son hata.', 'Söndürülmədən əvvəlki son uğursuzluq.') },
    },
  ],
}

export const WebhookDeliveries: CollectionConfig = {
  slug: deliveriesSlug,
  labels: { singular: t3('Webhook delivery', 'Webhook gönderimi', 'Webhook göndərişi'), plural: t3('Webhook deliveries', 'Webhook gönderimleri', 'Webhook göndərişləri') },
  admin: {
    group: t3('Partners', 'Ortaklar', 'Tərəfdaşlar'),
    hidden: ({ user }) => !hasRole(user as User, 'admin'),
    useAsTitle: 'type',
    defaultColumns: ['type', 'document', 'lang', 'status', 'attempts', 'responseStatus', 'createdAt'],
  },
  // Written only by the delivery code (local API, access overridden); read by the owner.
  access: { read: ownOrAdmin, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'endpoint',
      type: 'relationship',
      relationTo: endpointsSlug,
      required: true,
      label: t3('Endpoint', 'Uç nokta', 'Ünvan'),
      admin: { readOnly: true, description: t3('Where it is sent.', 'Nereye gönderildiği.', 'Hara göndərildiyi.') },
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: t3('Owner', 'Sahibi', 'Sahibi'),
      admin: { readOnly: true, description: t3('The endpoint’s owner.', 'Uç noktanın sahibi.', 'Ünvanın sahibi.') },
    },
    {
      name: 'messageId',
      type: 'text',
      required: true,
      unique: true,
      label: t3('Message id', 'Mesaj kimliği', 'Mesaj identifikatoru'),
      admin: {
        readOnly: true,
        description: t3(
          'The webhook-id header: the same on every attempt, so a receiver can ignore a repeat.',
          'webhook-id başlığı: her denemede aynıdır, alıcı tekrarı yok sayabilir.',
          'webhook-id başlığı: hər cəhddə eynidir, alıcı təkrarı nəzərə almaya bilər.',
        ),
      },
    },
    {
      name: 'type',
      type: 'text',
      required: true,
      label: t3('Event', 'Olay', 'Hadisə'),
      admin: { readOnly: true, description: t3('e.g. news.published', 'örn. news.published', 'məs. news.published') },
    },
    {
      name: 'collectionSlug',
      type: 'select',
      required: true,
      options: [...apiCollections],
      label: t3('Collection', 'Koleksiyon', 'Kolleksiya'),
      admin: { readOnly: true, description: t3('What kind of document.', 'Belgenin türü.', 'Sənədin növü.') },
    },
    {
      name: 'document',
      type: 'text',
      required: true,
      label: t3('Document', 'Belge', 'Sənəd'),
      admin: { readOnly: true, description: t3('The document’s id.', 'Belgenin kimliği (id).', 'Sənədin identifikatoru (id).') },
    },
    {
      name: 'lang',
      type: 'select',
      required: true,
      options: [...locales],
      label: t3('Language', 'Dil', 'Dil'),
      admin: { readOnly: true, description: t3('The language the change is in.', 'Değişikliğin dili.', 'Dəyişikliyin dili.') },
    },
    {
      name: 'seq',
      type: 'number',
      required: true,
      label: t3('Feed position', 'Akıştaki sıra', 'Lentdəki sıra'),
      admin: {
        readOnly: true,
        description: t3('The change’s place in the changes feed.', 'Değişikliğin değişiklik akışındaki yeri.', 'Dəyişikliyin dəyişikliklər lentindəki yeri.'),
      },
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      label: t3('Body', 'Gövde', 'Mətn'),
      admin: { readOnly: true, description: t3('The JSON sent, byte for byte.', 'Gönderilen JSON, bayt bayt.', 'Göndərilən JSON, bayt-bayt.') },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { value: 'pending', label: t3('Pending', 'Bekliyor', 'Gözləyir') },
        { value: 'delivered', label: t3('Delivered', 'Teslim edildi', 'Çatdırıldı') },
        { value: 'failed', label: t3('Failed', 'Başarısız', 'Uğursuz') },
      ],
      label: t3('Status', 'Durum', 'Vəziyyət'),
      admin: {
        readOnly: true,
        description: t3(
          'Pending: not yet answered with 2xx; failed: given up after 24 hours, or the endpoint was disabled.',
          'Bekliyor: henüz 2xx yanıtı yok; başarısız: 24 saat sonra vazgeçildi ya da uç nokta kapatıldı.',
          'Gözləyir: hələ 2xx cavabı yoxdur; uğursuz: 24 saatdan sonra dayandırıldı və ya ünvan söndürüldü.',
        ),
      },
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: t3('Attempts', 'Denemeler', 'Cəhdlər'),
      admin: { readOnly: true, description: t3('How many times it was sent.', 'Kaç kez gönderildiği.', 'Neçə dəfə göndərildiyi.') },
    },
    {
      name: 'nextAttemptAt',
      type: 'date',
      label: t3('Next attempt', 'Sonraki deneme', 'Növbəti cəhd'),
      admin: {
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description: t3('When it is tried again.', 'Ne zaman yeniden deneneceği.', 'Nə vaxt yenidən cəhd ediləcəyi.'),
      },
    },
    {
      name: 'responseStatus',
      type: 'number',
      label: t3('Last answer', 'Son yanıt', 'Son cavab'),
      admin: { readOnly: true, description: t3('The HTTP status of the last attempt.', 'Son denemenin HTTP durumu.', 'Son cəhdin HTTP statusu.') },
    },
    {
      name: 'error',
      type: 'text',
      label: t3('Last problem', 'Son sorun', 'Son problem'),
      admin: {
        readOnly: true,
        description: t3(
          'Why the last attempt failed (timeout, refused address, the answer’s start).',
          'Son denemenin neden başarısız olduğu (zaman aşımı, reddedilen adres, yanıtın başı).',
          'Son cəhdin niyə uğursuz olduğu (vaxt aşımı, rədd edilən ünvan, cavabın əvvəli).',
        ),
      },
    },
    {
      name: 'deliveredAt',
      type: 'date',
      label: t3('Delivered at', 'Teslim zamanı', 'Çatdırılma vaxtı'),
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' }, description: t3('When it was answered with 2xx.', '2xx yanıtı aldığı zaman.', '2xx cavabı aldığı vaxt.') },
    },
  ],
  // The wait for an earlier delivery of the same document; the owner's log, newest first; the
  // purge of finished ones; the sweep of lost ones.
  indexes: [
    { fields: ['endpoint', 'collectionSlug', 'document', 'status', 'seq'] },
    { fields: ['owner', 'createdAt'] },
    { fields: ['status', 'updatedAt'] },
    { fields: ['status', 'nextAttemptAt', 'createdAt'] },
  ],
}

/**
 * One attempt of one delivery is sent once, by one job, whichever instance runs it: the job
 * first writes `<delivery>:<attempt>` here, under a unique index (SQLite and MongoDB alike
 * refuse a second). Two jobs of one delivery arise when the sweep queues one that was only
 * late, or the runner and the immediate run pick the same job; without the claim each would
 * send, fail, count a failure and queue a retry: twice as many jobs at each retry.
 */
export const WebhookClaims: CollectionConfig = {
  slug: claimsSlug,
  labels: {
    singular: t3('Webhook attempt claim', 'Webhook deneme kaydı', 'Webhook cəhd qeydi'),
    plural: t3('Webhook attempt claims', 'Webhook deneme kayıtları', 'Webhook cəhd qeydləri'),
  },
  admin: { hidden: true },
  // Written and read only by the delivery code (local API, access overridden).
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  timestamps: false,
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      label: t3('Attempt', 'Deneme', 'Cəhd'),
      admin: { readOnly: true, description: t3('The delivery and the attempt’s number.', 'Gönderim ve denemenin numarası.', 'Göndəriş və cəhdin nömrəsi.') },
    },
    {
      name: 'claimedAt',
      type: 'date',
      required: true,
      index: true,
      label: t3('Claimed at', 'Alınma zamanı', 'Götürülmə vaxtı'),
      admin: { readOnly: true, description: t3('When a job took this attempt.', 'Bir işin bu denemeyi aldığı zaman.', 'Bir işin bu cəhdi götürdüyü vaxt.') },
    },
  ],
}

/**
 * This job's hold on the delivery's next attempt: false when another job has it. A claim older
 * than the longest attempt whose attempt was never recorded belongs to a job that died (a
 * restart mid-attempt): it is taken over, by one job only (the unique index again).
 */
async function claimAttempt(payload: Payload, delivery: Delivery, timeoutMs: number): Promise<boolean> {
  const attempt = (delivery.attempts ?? 0) + 1
  const key = `${String(delivery.id)}:${attempt}`
  const take = async () => {
    try {
      await payload.db.create({ collection: claimsSlug, data: { key, claimedAt: new Date().toISOString() }, returning: false })
      return true
    } catch {
      return false
    }
  }
  if (!(await take())) {
    const { docs } = await payload.db.find({ collection: claimsSlug, where: { key: { equals: key } }, limit: 1, pagination: false })
    const held = docs[0] as { id: number | string; claimedAt: string } | undefined
    if (held && Date.now() - new Date(held.claimedAt).getTime() < 2 * timeoutMs + 60_000) return false
    const now = (await payload.findByID({ collection: deliveriesSlug as never, id: delivery.id as never, disableErrors: true, ...local })) as unknown as Delivery | null
    if (now?.status !== 'pending' || (now.attempts ?? 0) !== attempt - 1) return false
    if (held) await payload.db.deleteOne({ collection: claimsSlug, where: { and: [{ id: { equals: held.id } }, { claimedAt: { equals: held.claimedAt } }] }, returning: false })
    if (!(await take())) return false
  }
  // Claimed: still this attempt's turn? (Another job may have made it between our read and the claim's.)
  const now = (await payload.findByID({ collection: deliveriesSlug as never, id: delivery.id as never, disableErrors: true, ...local })) as unknown as Delivery | null
  return now?.status === 'pending' && (now.attempts ?? 0) === attempt - 1
}

type Endpoint = {
  id: number | string
  url: string
  events?: WebhookEvent[] | null
  collections?: ApiCollection[] | null
  countries?: unknown[] | null
  langs?: Locale[] | null
  enabled?: boolean | null
  owner?: unknown
  secret?: string | null
  consecutiveFailures?: number | null
}

type Delivery = {
  id: number | string
  endpoint: unknown
  messageId: string
  type: string
  collectionSlug: ApiCollection
  document: string
  lang: Locale
  seq: number
  body: string
  status: 'pending' | 'delivered' | 'failed'
  attempts?: number | null
  nextAttemptAt?: string | null
}

/** One change of the feed, as reconcile (lib/sync/changes.ts) wrote it. */
/** One entry of the changes feed as it was written; an upsert's `item` as the feed stored it (lib/sync/changes.ts). */
export type FeedChange = {
  collection: ApiCollection
  id: string
  lang: Locale
  seq: number
  event: WebhookEvent
  offices: string
  changedAt: string
  item?: Record<string, unknown>
}

/** Whether an endpoint's filters select this change. */
export function selects(endpoint: Endpoint, change: FeedChange): boolean {
  if (!(endpoint.events ?? []).includes(change.event)) return false
  if (endpoint.collections?.length && !endpoint.collections.includes(change.collection)) return false
  if (endpoint.langs?.length && !endpoint.langs.includes(change.lang)) return false
  if (endpoint.countries?.length && !endpoint.countries.some((country) => change.offices.includes(` ${String(idOf(country))} `))) return false
  return true
}

const local = { overrideAccess: true, depth: 0 } as const

/**
 * After reconcile wrote entries: a delivery for every enabled endpoint that selects each, with
 * the body it will carry on every attempt (the item as /api/v1 serves it now, for upserts).
 * Called in the log's order (reconcile runs one document at a time).
 */
export async function queueWebhookEvents(payload: Payload, changes: FeedChange[]): Promise<number> {
  if (changes.length === 0) return 0
  const { docs } = await payload.find({ collection: endpointsSlug as never, where: { enabled: { equals: true } }, limit: 0, pagination: false, ...local })
  const endpoints = docs as unknown as Endpoint[]
  if (endpoints.length === 0) return 0
  let queued = 0
  for (const change of changes) {
    const targets = endpoints.filter((endpoint) => selects(endpoint, change))
    if (targets.length === 0) continue
    const body = JSON.stringify(await eventBody(change))
    for (const endpoint of targets) {
      try {
        queued += await queueOne(payload, endpoint, change, body)
      } catch (error) {
        // One endpoint's failure (a database error) leaves the others their deliveries; the sweep cannot find what was never written.
        console.error(
          `[webhooks] no delivery of ${change.collection} ${change.id} (${change.lang}) for endpoint ${String(endpoint.id)}: ${error instanceof Error ? error.message : String(error)}`,
        )
      }
    }
  }
  return queued
}

/** One endpoint's delivery of one change, queued (or left waiting its turn). */
async function queueOne(payload: Payload, endpoint: Endpoint, change: FeedChange, body: string): Promise<number> {
  // An earlier delivery of this document still pending: this one waits its turn (see `finish`).
  const waits = await earlierPending(payload, endpoint.id, { collectionSlug: change.collection, document: change.id, seq: change.seq })
  const delivery = (await payload.create({
    collection: deliveriesSlug as never,
    data: {
      endpoint: endpoint.id,
      owner: idOf(endpoint.owner),
      messageId: `msg_${crypto.randomUUID().replace(/-/g, '')}`,
      type: `${change.collection}.${change.event}`,
      collectionSlug: change.collection,
      document: change.id,
      lang: change.lang,
      seq: change.seq,
      body,
      status: 'pending',
      attempts: 0,
      // Due now, or (null) when its turn comes: `sweepDeliveries` finds one whose job was lost.
      nextAttemptAt: waits ? null : new Date().toISOString(),
    } as never,
    ...local,
  })) as unknown as Delivery
  // Waiting, unless the earlier one ended while this was written (its `finish` found nothing to queue).
  if (!waits || !(await earlierPending(payload, endpoint.id, delivery))) await queueAttempt(payload, delivery.id)
  return 1
}

/** The Standard Webhooks envelope: type, timestamp, data. */
async function eventBody(change: FeedChange) {
  const href = apiUrl(`${apiBase}/${change.collection}/${encodeURIComponent(change.id)}?lang=${change.lang}`)
  let item = change.item
  if (!item && (change.event === 'published' || change.event === 'updated')) {
    // The API's own serialisation (imported here: lib/api/v1/query.ts reads through the Payload client).
    const { itemsByIds } = await import('@/lib/api/v1/query')
    ;[item] = await itemsByIds(change.collection, [change.id], change.lang)
  }
  return {
    type: `${change.collection}.${change.event}`,
    timestamp: new Date(change.changedAt).toISOString(),
    data: { event: change.event, collection: change.collection, id: change.id, lang: change.lang, seq: change.seq, href, ...(item ? { item } : {}) },
  }
}

async function earlierPending(payload: Payload, endpoint: unknown, delivery: Pick<Delivery, 'collectionSlug' | 'document' | 'seq'>): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: deliveriesSlug as never,
    where: {
      and: [
        { endpoint: { equals: idOf(endpoint) } },
        { collectionSlug: { equals: delivery.collectionSlug } },
        { document: { equals: delivery.document } },
        { status: { equals: 'pending' } },
        { seq: { less_than: delivery.seq } },
      ],
    } as Where,
    overrideAccess: true,
  })
  return totalDocs > 0
}

/** Attempts run at once in this process (the runner's rounds take the rest). */
const maxImmediateRuns = 8
let immediateRuns = 0

/** Resolves once no attempt runs at once in this process (queued ones wait in the jobs table): a clean shutdown (tests). */
export async function immediateRunsIdle(): Promise<void> {
  while (immediateRuns > 0) await new Promise((resolve) => setTimeout(resolve, 20))
}

/** A job for the next attempt (now, or at `at`), run at once in the background when due now. */
async function queueAttempt(payload: Payload, delivery: number | string, at?: Date): Promise<void> {
  const job = await payload.jobs.queue({ task: taskSlug, queue: webhooksQueue, input: { delivery: String(delivery) }, ...(at ? { waitUntil: at } : {}) })
  // Due now: sent without waiting for the jobs runner's next round (instrumentation.ts), a few
  // at a time: a burst of changes (a batch of publications, several endpoints each) leaves the
  // rest to the runner, which takes its `limit` per round, instead of opening a socket per delivery.
  if (!at && immediateRuns < maxImmediateRuns) {
    immediateRuns++
    setImmediate(() => {
      void payload.jobs
        .runByID({ id: job.id, overrideAccess: true, silent: true })
        .catch((error: unknown) => {
          console.error(`[webhooks] delivery ${String(delivery)} will be tried by the next jobs run: ${error instanceof Error ? error.message : String(error)}`)
        })
        .finally(() => immediateRuns--)
    })
  }
}

// One endpoint's bookkeeping at a time in this process (its failure count is read and written).
const chains = new Map<string, Promise<unknown>>()
function perEndpoint<T>(endpoint: string, work: () => Promise<T>): Promise<T> {
  const run = (chains.get(endpoint) ?? Promise.resolve()).then(work, work)
  const tail = run.catch(() => undefined)
  chains.set(endpoint, tail)
  void tail.then(() => {
    if (chains.get(endpoint) === tail) chains.delete(endpoint)
  })
  return run
}

export type AttemptOutcome = 'delivered' | 'retrying' | 'failed' | 'disabled' | 'waiting' | 'skipped'

/**
 * One attempt of one delivery (the job's work): signed, POSTed, recorded. Returns what became
 * of it. `now` and `timeoutMs` for tests.
 */
export async function attemptDelivery(payload: Payload, deliveryId: number | string, options: { timeoutMs?: number } = {}): Promise<AttemptOutcome> {
  const delivery = (await payload.findByID({ collection: deliveriesSlug as never, id: deliveryId, disableErrors: true, ...local })) as unknown as Delivery | null
  if (!delivery || delivery.status !== 'pending') return 'skipped'
  const endpoint = (await payload.findByID({
    collection: endpointsSlug as never,
    id: idOf(delivery.endpoint) as never,
    disableErrors: true,
    ...local,
  })) as unknown as Endpoint | null
  if (!endpoint || !endpoint.enabled || !endpoint.secret) {
    await finish(payload, delivery, { status: 'failed', error: endpoint ? 'The endpoint is disabled.' : 'The endpoint was deleted.' })
    return 'failed'
  }
  if (await earlierPending(payload, endpoint.id, delivery)) return 'waiting'
  // Not due yet: a second job of an attempt already made (its retry has its own job).
  if (delivery.nextAttemptAt && new Date(delivery.nextAttemptAt).getTime() > Date.now() + 1_000) return 'skipped'

  const env = getEnv()
  const timeoutMs = options.timeoutMs ?? env.WEBHOOK_TIMEOUT_MS
  if (!(await claimAttempt(payload, delivery, timeoutMs))) return 'skipped'
  const sentAt = new Date()
  const signature = new Webhook(endpoint.secret).sign(delivery.messageId, sentAt, delivery.body)
  const result = await postTo(
    endpoint.url,
    delivery.body,
    { 'webhook-id': delivery.messageId, 'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)), 'webhook-signature': signature },
    { timeoutMs, allowPrivate: env.WEBHOOKS_ALLOW_PRIVATE },
  )
  const attempts = (delivery.attempts ?? 0) + 1
  const ok = 'status' in result && result.status >= 200 && result.status < 300
  const responseStatus = 'status' in result ? result.status : null
  const problem = 'error' in result ? result.error : ok ? null : `HTTP ${result.status}${result.body ? `: ${result.body.slice(0, 300)}` : ''}`

  return perEndpoint(String(endpoint.id), async () => {
    if (ok) {
      await finish(payload, delivery, { status: 'delivered', attempts, responseStatus, error: null, deliveredAt: new Date().toISOString(), nextAttemptAt: null })
      const current = (await payload.findByID({ collection: endpointsSlug as never, id: endpoint.id as never, disableErrors: true, ...local })) as unknown as Endpoint | null
      // A disabled endpoint keeps its count (an attempt sent before it was disabled does not forgive it).
      if (current?.enabled && current.consecutiveFailures)
        await payload.update({ collection: endpointsSlug as never, id: endpoint.id as never, data: { consecutiveFailures: 0 } as never, ...local })
      return 'delivered'
    }
    const current = (await payload.findByID({ collection: endpointsSlug as never, id: endpoint.id as never, disableErrors: true, ...local })) as unknown as Endpoint | null
    // Disabled (or deleted) while this attempt was out: its pending deliveries have failed and the
    // owner was told once; attempts that were already on their way count no more.
    if (!current?.enabled) {
      const still = (await payload.findByID({ collection: deliveriesSlug as never, id: delivery.id as never, disableErrors: true, ...local })) as unknown as Delivery | null
      if (still?.status === 'pending')
        await finish(payload, delivery, { status: 'failed', attempts, responseStatus, error: `${problem} (the endpoint is disabled)`, nextAttemptAt: null })
      return 'disabled'
    }
    const failures = (current.consecutiveFailures ?? 0) + 1
    if (failures >= disableAfterFailures) {
      await disable(payload, endpoint, `${failures} failed attempts in a row; the last: ${problem}`)
      await finish(payload, delivery, { status: 'failed', attempts, responseStatus, error: `${problem} (the endpoint was disabled)`, nextAttemptAt: null })
      return 'disabled'
    }
    await payload.update({ collection: endpointsSlug as never, id: endpoint.id as never, data: { consecutiveFailures: failures } as never, ...local })
    if (attempts > retryMinutes.length) {
      await finish(payload, delivery, { status: 'failed', attempts, responseStatus, error: problem, nextAttemptAt: null })
      return 'failed'
    }
    const at = new Date(Date.now() + retryMinutes[attempts - 1] * 60_000)
    await payload.update({
      collection: deliveriesSlug as never,
      id: delivery.id as never,
      data: { attempts, responseStatus, error: problem, nextAttemptAt: at.toISOString() } as never,
      ...local,
    })
    await queueAttempt(payload, delivery.id, at)
    return 'retrying'
  })
}

/** A delivery ends (delivered or failed): the next waiting one of the same document goes. */
async function finish(payload: Payload, delivery: Delivery, data: Record<string, unknown>): Promise<void> {
  await payload.update({ collection: deliveriesSlug as never, id: delivery.id as never, data: data as never, ...local })
  const { docs } = await payload.find({
    collection: deliveriesSlug as never,
    where: {
      and: [
        { endpoint: { equals: idOf(delivery.endpoint) } },
        { collectionSlug: { equals: delivery.collectionSlug } },
        { document: { equals: delivery.document } },
        { status: { equals: 'pending' } },
      ],
    } as Where,
    sort: ['seq', 'id'],
    limit: 1,
    pagination: false,
    ...local,
  })
  const next = docs[0] as unknown as Delivery | undefined
  if (!next) return
  if (data.status === 'failed' && !(await stillEnabled(payload, delivery.endpoint))) return
  await payload.update({ collection: deliveriesSlug as never, id: next.id as never, data: { nextAttemptAt: new Date().toISOString() } as never, ...local })
  await queueAttempt(payload, next.id)
}

async function stillEnabled(payload: Payload, endpoint: unknown): Promise<boolean> {
  const found = (await payload.findByID({ collection: endpointsSlug as never, id: idOf(endpoint) as never, disableErrors: true, ...local })) as unknown as Endpoint | null
  return Boolean(found?.enabled)
}

/** Turned off: its pending deliveries fail, and its owner is told, in their language. */
async function disable(payload: Payload, endpoint: Endpoint, reason: string): Promise<void> {
  await payload.update({
    collection: endpointsSlug as never,
    id: endpoint.id as never,
    data: { enabled: false, consecutiveFailures: disableAfterFailures, disabledAt: new Date().toISOString(), disabledReason: reason.slice(0, 1000) } as never,
    ...local,
  })
  await payload.update({
    collection: deliveriesSlug as never,
    where: { and: [{ endpoint: { equals: endpoint.id } }, { status: { equals: 'pending' } }] } as Where,
    data: { status: 'failed', error: 'The endpoint was disabled before this was delivered.', nextAttemptAt: null } as never,
    ...local,
  })
  const ownerId = idOf(endpoint.owner)
  const owner =
    ownerId == null
      ? null
      : ((await payload.findByID({ collection: 'users', id: ownerId as never, disableErrors: true, ...local })) as unknown as { email?: string; language?: string | null } | null)
  if (!owner?.email) return
  const language: Locale = isLocale(owner.language) ? owner.language : defaultLocale
  const text = messages[language].webhooks
  const fill = (template: string) => template.replace('{url}', endpoint.url).replace('{count}', String(disableAfterFailures)).replace('{reason}', reason)
  try {
    await payload.sendEmail({ to: owner.email, subject: fill(text.disabledSubject), text: [fill(text.disabled), '', fill(text.disabledHow)].join('\n') })
  } catch (error) {
    payload.logger.error({ err: error, msg: `The e-mail about the disabled webhook endpoint ${String(endpoint.id)} was not sent` })
  }
}

/**
 * Deliveries whose job was lost (the process ended between a delivery's creation and its job,
 * or a job failed on a database error): pending, due more than `graceMinutes` ago (or waiting,
 * with no earlier one left, since then), and first in line for their document, are queued
 * again. A job that was only late then has a twin: the attempt's claim (`claimAttempt`) lets
 * one of them send. Run every 10 minutes (instrumentation.ts).
 */
export async function sweepDeliveries(payload: Payload, graceMinutes = 15): Promise<number> {
  const before = new Date(Date.now() - graceMinutes * 60_000).toISOString()
  let queued = 0
  for (const where of <Where[]>[
    { and: [{ status: { equals: 'pending' } }, { nextAttemptAt: { less_than: before } }] },
    { and: [{ status: { equals: 'pending' } }, { nextAttemptAt: { exists: false } }, { createdAt: { less_than: before } }] },
  ]) {
    const { docs } = await payload.find({
      collection: deliveriesSlug as never,
      where,
      sort: ['nextAttemptAt', 'createdAt', 'id'],
      limit: 100,
      pagination: false,
      select: { endpoint: true, collectionSlug: true, document: true, seq: true } as never,
      ...local,
    })
    for (const delivery of docs as unknown as Delivery[]) {
      if (await earlierPending(payload, delivery.endpoint, delivery)) continue
      await payload.update({ collection: deliveriesSlug as never, id: delivery.id as never, data: { nextAttemptAt: new Date().toISOString() } as never, ...local })
      await queueAttempt(payload, delivery.id)
      queued++
    }
  }
  return queued
}

/** Finished deliveries older than `days`, gone (at most once an hour, from the task). */
let purgedAt = 0
export async function purgeDeliveries(payload: Payload, days = deliveryLogDays): Promise<number> {
  purgedAt = Date.now()
  const before = new Date(Date.now() - days * 86_400_000).toISOString()
  let purged = 0
  // By the (status, updatedAt) index, oldest first, 500 at a time, ids only: the log may be long.
  for (const status of ['delivered', 'failed']) {
    for (;;) {
      const { docs } = await payload.find({
        collection: deliveriesSlug as never,
        where: { and: [{ status: { equals: status } }, { updatedAt: { less_than: before } }] } as Where,
        sort: ['updatedAt', 'id'],
        limit: 500,
        pagination: false,
        select: { status: true } as never,
        ...local,
      })
      if (docs.length === 0) break
      await payload.db.deleteMany({ collection: deliveriesSlug, where: { id: { in: (docs as unknown as { id: number | string }[]).map((doc) => doc.id) } } })
      purged += docs.length
    }
  }
  // Claims of attempts long made (a delivery's attempts span 24 hours).
  await payload.db.deleteMany({ collection: claimsSlug, where: { claimedAt: { less_than: new Date(Date.now() - 2 * 86_400_000).toISOString() } } })
  return purged
}

const deliverTask: TaskConfig = {
  slug: taskSlug,
  label: 'Deliver a webhook',
  inputSchema: [{ name: 'delivery', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    if (Date.now() - purgedAt > 3_600_000) await purgeDeliveries(req.payload)
    const outcome = await attemptDelivery(req.payload, (input as { delivery: string }).delivery)
    return { output: { outcome } }
  },
}

/** The collections and the delivery task. */
export const partnerWebhooks: Plugin = (config) => ({
  ...config,
  collections: [...(config.collections ?? []), WebhookEndpoints, WebhookDeliveries, WebhookClaims],
  jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), deliverTask] },
})
