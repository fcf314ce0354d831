import type { NavSection, ResolvedLink } from '@/lib/content/menus'

type Props = { label: string; sections: NavSection[]; overviewLabel: (section: string) => string }

function NavLink({ link }: { link: ResolvedLink }) {
  return link.external ? (
    <a href={link.href} rel="noopener">
      {link.label}
    </a>
  ) : (
    <a href={link.href}>{link.label}</a>
  )
}

/**
 * The main sections. A section with links is a disclosure (<details>): it opens and closes
 * with Enter or Space, works without JavaScript and is announced as expanded or collapsed.
 * One group (`name`): opening a section closes the one open, whose links would otherwise lie
 * under it (on small screens every section's links hang at the same place below the header).
 */
export function SiteNav({ label, sections, overviewLabel }: Props) {
  return (
    <nav aria-label={label} className="site-nav">
      <ul>
        {sections.map((section) => (
          <li key={section.label}>
            {section.links.length === 0 && section.href ? (
              <a href={section.href}>{section.label}</a>
            ) : (
              <details className="site-nav__menu" name="site-nav">
                <summary>{section.label}</summary>
                <ul>
                  {section.href ? (
                    <li>
                      <a href={section.href}>{overviewLabel(section.label)}</a>
                    </li>
                  ) : null}
                  {section.links.map((link) => (
                    <li key={`${link.label}-${link.href}`}>
                      <NavLink link={link} />
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}

export function SiteFooter({ columns, note, label }: { columns: { heading: string; links: ResolvedLink[] }[]; note: string; label: string }) {
  return (
    <footer className="site-footer">
      <div className="container">
        {columns.length > 0 ? (
          <nav aria-label={label} className="site-footer__columns">
            {columns.map((column) => (
              <section key={column.heading}>
                <h2 className="site-footer__heading">{column.heading}</h2>
                <ul>
                  {column.links.map((link) => (
                    <li key={`${link.label}-${link.href}`}>
                      <NavLink link={link} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </nav>
        ) : null}
        <p className="site-footer__note">{note}</p>
      </div>
    </footer>
  )
}
