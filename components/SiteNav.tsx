type Props = { label: string; items: { href: string; label: string; current?: boolean }[] }

/** The main sections; plain links, usable without JavaScript and by keyboard. */
export function SiteNav({ label, items }: Props) {
  return (
    <nav aria-label={label} className="site-nav">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href} aria-current={item.current ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
