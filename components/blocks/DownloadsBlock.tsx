import type { Locale } from '@/i18n/locales'
import type { BlockOf } from '@/lib/content/blocks-types'
import { formatFileDetails } from '@/lib/format'
import { blockHeadingId, blockId } from './ids'

/**
 * Files to download, each link named with its format, size and language ("Annual report (PDF,
 * 1.2 MB, Turkish)"), so a reader knows what the click costs before making it. Without a heading
 * of its own, the section is named "Downloads" for assistive technology.
 */
export function DownloadsBlock({ block, locale, downloadsLabel }: { block: BlockOf<'downloads'>; locale: Locale; downloadsLabel: string }) {
  const { id, heading, files } = block
  if (files.length === 0) return null
  return (
    <section
      id={blockId(id)}
      className="block block--text block-downloads"
      aria-labelledby={heading ? blockHeadingId(id) : undefined}
      aria-label={heading ? undefined : downloadsLabel}
    >
      {heading ? <h2 id={blockHeadingId(id)}>{heading}</h2> : null}
      <ul className="block-downloads__list">
        {files.map((file) => (
          <li key={file.id}>
            <a href={file.href} type={file.mimeType} hrefLang={file.language ?? undefined}>
              {file.label} <span className="block-downloads__details">({formatFileDetails(file, locale)})</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
