import type { CollectionBeforeChangeHook, Field } from 'payload'

import { hasRole } from '@/access/roles'
import { readInOwnOffices, workflowCustom, type WorkflowOffices } from '@/access/workflowFields'
import { refuse } from '@/lib/refuse'

export const reviewStates = ['writing', 'inReview', 'changesRequested', 'approved'] as const
export type ReviewState = (typeof reviewStates)[number]

/**
 * Internal fields: read by admins and the staff of the document's offices only
 * (access/workflowFields.ts), never in the public API, feeds or pages, nor by other offices.
 */
const internal = (offices: WorkflowOffices) => ({ read: readInOwnOffices(offices) })

/**
 * The review workflow, in Payload's own model: a contributor writes a draft and submits it
 * ("In review"); an editor of the office publishes it (→ "Approved") or sends it back
 * ("Changes requested", with a comment). Every save records who made it, so the version
 * history shows who changed what, and when.
 */
export const reviewFields = (offices: WorkflowOffices): Field[] => [
  {
    name: 'reviewStatus',
    type: 'select',
    defaultValue: 'writing',
    index: true,
    label: { en: 'Review', tr: 'İnceleme', az: 'Yoxlama' },
    options: [
      { value: 'writing', label: { en: 'Being written', tr: 'Yazılıyor', az: 'Yazılır' } },
      { value: 'inReview', label: { en: 'In review: waiting for an editor', tr: 'İncelemede: editör bekleniyor', az: 'Yoxlamada: redaktor gözlənilir' } },
      { value: 'changesRequested', label: { en: 'Changes requested', tr: 'Değişiklik istendi', az: 'Dəyişiklik istənilib' } },
      { value: 'approved', label: { en: 'Approved (published)', tr: 'Onaylandı (yayımlandı)', az: 'Təsdiqlənib (dərc edilib)' } },
    ],
    access: internal(offices),
    custom: workflowCustom(offices),
    // A copy is a new piece of work: its review starts over (a contributor's copy of an
    // approved story otherwise read "approved" as a draft).
    hooks: { beforeDuplicate: [() => 'writing'] },
    admin: {
      position: 'sidebar',
      description: {
        en: 'Contributors: choose "In review" and save the draft to submit it. Editors: publish to approve, or choose "Changes requested" and say why below.',
        tr: 'Yazarlar: göndermek için "İncelemede"yi seçip taslağı kaydedin. Editörler: onaylamak için yayımlayın ya da "Değişiklik istendi"yi seçip nedenini aşağıya yazın.',
        az: 'Müəlliflər: təqdim etmək üçün "Yoxlamada" variantını seçib qaralamanı yadda saxlayın. Redaktorlar: təsdiqləmək üçün dərc edin və ya "Dəyişiklik istənilib" variantını seçib səbəbini aşağıda yazın.',
      },
    },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    label: { en: 'Review comment', tr: 'İnceleme notu', az: 'Yoxlama qeydi' },
    // The editor's word: the office's contributors and translators read it (read-only in the
    // admin), and a change of theirs is not kept (an attacker's review found them able to overwrite it).
    access: { ...internal(offices), update: ({ req }) => hasRole(req.user, 'admin', 'editor') },
    custom: workflowCustom(offices),
    hooks: { beforeDuplicate: [() => null] },
    admin: {
      position: 'sidebar',
      description: {
        en: 'Internal: what to change before publishing. Never shown to the public.',
        tr: 'İç not: yayımlamadan önce neyin değişmesi gerektiği. Ziyaretçilere hiç gösterilmez.',
        az: 'Daxili qeyd: dərc etməzdən əvvəl nəyin dəyişdirilməli olduğu. Ziyarətçilərə heç vaxt göstərilmir.',
      },
    },
  },
  {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    label: { en: 'Last edited by', tr: 'Son düzenleyen', az: 'Son redaktə edən' },
    access: internal(offices),
    custom: workflowCustom(offices),
    admin: { position: 'sidebar', readOnly: true },
    // Always the account making the save (whatever a client sends); kept as is by system work.
    hooks: { beforeChange: [({ req, value }) => req.user?.id ?? value] },
  },
]

export const reviewWorkflow: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const user = req.user
  if (!user) return data // system work: seed, scheduled jobs run without a user
  const editor = hasRole(user, 'admin', 'editor')
  const next = data.reviewStatus as ReviewState | undefined
  const previous = originalDoc?.reviewStatus as ReviewState | undefined
  if (!editor && next && next !== previous && next !== 'writing' && next !== 'inReview') {
    throw refuse(req, 'approveOnlyEditors')
  }
  const comment = (data.reviewComment ?? originalDoc?.reviewComment ?? '') as string
  if (editor && next === 'changesRequested' && previous !== 'changesRequested' && comment.trim() === '') {
    throw refuse(req, 'commentRequired', undefined, 400)
  }
  const published = data._status === 'published'
  return published ? { ...data, reviewStatus: 'approved' } : data
}
