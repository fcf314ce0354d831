type Props = { url: string; title: string; heading: string; emailLabel: string }

/**
 * Share links as plain URLs of each service's share endpoint: no third-party script, no
 * tracking pixel, nothing loaded until the reader clicks.
 */
export function ShareLinks({ url, title, heading, emailLabel }: Props) {
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString()
  const links = [
    { label: emailLabel, href: `mailto:?${q({ subject: title, body: url }).replace(/\+/g, '%20')}` },
    { label: 'X', href: `https://x.com/intent/post?${q({ url, text: title })}` },
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?${q({ u: url })}` },
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?${q({ url })}` },
    { label: 'WhatsApp', href: `https://wa.me/?${q({ text: `${title} ${url}` })}` },
  ]
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading">{heading}</h2>
      <ul>
        {links.map((link) => (
          <li key={link.label}>
            <a href={link.href} rel="noopener noreferrer" target={link.href.startsWith('mailto:') ? undefined : '_blank'}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
