'use client'

import { getTranslation } from '@payloadcms/translations'
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import { useConfig, useDocumentInfo, useForm, useLocale, useTranslation } from '@payloadcms/ui'
import type { ClientField } from 'payload'
import { useEffect, useState } from 'react'

import type { SourceTexts } from '@/lib/admin/sourceText'
import { filled } from '@/lib/relationValues'

type Props = { field: ClientField; path: string; readOnly?: boolean }

type Loaded = { key: string; data: SourceTexts | null }

// One request per document, language and save, shared by every field of the form.
const requests = new Map<string, Promise<SourceTexts | null>>()

function load(key: string, url: string): Promise<SourceTexts | null> {
  let request = requests.get(key)
  if (!request) {
    request = fetch(url, { credentials: 'include', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? (response.json() as Promise<SourceTexts>) : null))
      .catch(() => null)
    requests.set(key, request)
    if (requests.size > 50) requests.delete(requests.keys().next().value as string)
  }
  return request
}

// In the source view a link is its text: it is there to be read and translated, not followed.
const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: ({ node, nodesToJSX }) => <span>{nodesToJSX({ nodes: node.children })}</span>,
  autolink: ({ node, nodesToJSX }) => <span>{nodesToJSX({ nodes: node.children })}</span>,
  upload: () => null,
})

const isRichText = (value: unknown): value is { root: object } => typeof value === 'object' && value !== null && 'root' in value

/**
 * After every localized text field (lib/admin/sourceText.ts adds it, no per-field wiring): when
 * the form is in another language than the default, the default language's present text of
 * the field, read-only, with "Copy the English" and a mark when that text changed after the
 * translation was last saved. Read from the document's `translation-source` endpoint, with the
 * user's access, once per form and save.
 */
export function SourceText({ field, path, readOnly }: Props) {
  const { config } = useConfig()
  const { code: locale } = useLocale()
  const { id, collectionSlug, globalSlug, savedDocumentData } = useDocumentInfo()
  const { dispatchFields, setModified } = useForm()
  const { i18n, t } = useTranslation()
  const [loaded, setLoaded] = useState<Loaded>()

  const source = config.localization ? config.localization.defaultLocale : undefined
  const api = config.routes.api
  const url =
    source && locale !== source
      ? collectionSlug && id != null
        ? `${api}/${collectionSlug}/${encodeURIComponent(String(id))}/translation-source?locale=${locale}`
        : globalSlug
          ? `${api}/globals/${globalSlug}/translation-source?locale=${locale}`
          : undefined
      : undefined
  // A save gives the document a new `updatedAt`: read the source again.
  const key = url ? `${url}&saved=${encodeURIComponent(String(savedDocumentData?.updatedAt ?? ''))}` : undefined

  useEffect(() => {
    if (!key || !url) return
    let current = true
    void load(key, url).then((data) => {
      if (current) setLoaded({ key, data })
    })
    return () => {
      current = false
    }
  }, [key, url])

  if (!url || !source) return null
  const kopruT = (key: string) => t(`kopruSource:${key}` as never)
  const languageName = new Intl.DisplayNames([i18n.language], { type: 'language' }).of(source) ?? source
  const fill = (text: string) => text.replace('{language}', languageName)
  const label = 'label' in field && field.label ? getTranslation(field.label as never, i18n) : path

  // Until this form's answer is in (a save asks again), nothing.
  if (!loaded || loaded.key !== key) return null
  if (!loaded.data) {
    return (
      <p className="kopru-source kopru-source--failed" role="status">
        {fill(kopruT('failed'))}
      </p>
    )
  }
  const value = loaded.data.values[path]
  const changed = loaded.data.changed.includes(path)
  const empty = !filled(value)

  const copy = () => {
    const copied = JSON.parse(JSON.stringify(value)) as unknown
    // Rich text reloads its editor when the initial value changes (Payload's lexical field);
    // a text input follows the value.
    dispatchFields({ type: 'UPDATE', path, value: copied, ...(isRichText(copied) ? { initialValue: copied } : {}) })
    setModified(true)
  }

  return (
    <div className={`kopru-source${changed ? ' kopru-source--changed' : ''}`} role="group" aria-label={`${fill(kopruT('heading'))}: ${label}`} data-source-path={path}>
      <div className="kopru-source__bar">
        <span className="kopru-source__heading">{fill(kopruT('heading'))}</span>
        {changed ? <span className="kopru-source__changed">{fill(kopruT('changed'))}</span> : null}
        {!readOnly && !empty ? (
          <button type="button" className="kopru-source__copy" onClick={copy} aria-label={`${fill(kopruT('copy'))}: ${label}`}>
            {fill(kopruT('copy'))}
          </button>
        ) : null}
      </div>
      <div className="kopru-source__text" lang={source}>
        {empty ? <em>{fill(kopruT('empty'))}</em> : isRichText(value) ? <RichText data={value as never} converters={converters} disableContainer /> : String(value)}
      </div>
    </div>
  )
}
