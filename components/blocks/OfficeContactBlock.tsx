import type { Locale } from '@/i18n/locales'
import type { BlockOf } from '@/lib/content/blocks-types'
import { blockHeadingId, blockId } from './ids'

type Labels = { email: string; phone: string }

/** An office's name, postal address, e-mail and phone (mailto: and tel: links), in an <address>. */
export function OfficeContactBlock({ block, locale, labels }: { block: BlockOf<'officeContact'>; locale: Locale; labels: Labels }) {
  const { id, heading, name, href, address, email, phone, lang } = block
  // The labels are the page's language, when the office's text is shown in another.
  const labelLang = lang ? locale : undefined
  return (
    <section id={blockId(id)} className="block block--text block-office" aria-labelledby={blockHeadingId(id)} lang={lang}>
      <h2 id={blockHeadingId(id)}>{heading}</h2>
      <address>
        <p className="block-office__name">{href ? <a href={href}>{name}</a> : name}</p>
        {address ? (
          <p className="block-office__address">
            {address.split(/\r?\n/).map((line, index) => (
              <span key={index}>
                {index > 0 ? <br /> : null}
                {line}
              </span>
            ))}
          </p>
        ) : null}
        {email || phone ? (
          <dl className="block-office__contact">
            {email ? (
              <div>
                <dt lang={labelLang}>{labels.email}</dt>
                <dd>
                  <a href={`mailto:${email}`}>{email}</a>
                </dd>
              </div>
            ) : null}
            {phone ? (
              <div>
                <dt lang={labelLang}>{labels.phone}</dt>
                <dd>
                  <a href={`tel:${phone.replace(/[^+\d]/g, '')}`}>{phone}</a>
                </dd>
              </div>
            ) : null}
          </dl>
        ) : null}
      </address>
    </section>
  )
}
