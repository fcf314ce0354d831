import type { Crumb } from '@/lib/content/blocks-types'

/**
 * Where the page sits: links up to the home page, the current page last, marked and not a link.
 * Separators are CSS (styles.css), so screen readers read a plain list.
 */
export function Breadcrumbs({ crumbs, label }: { crumbs: Crumb[]; label: string }) {
  if (crumbs.length === 0) return null
  const last = crumbs.length - 1
  return (
    <nav aria-label={label} className="breadcrumbs">
      <ol>
        {crumbs.map((crumb, index) => (
          <li key={crumb.href}>{index === last ? <span aria-current="page">{crumb.label}</span> : <a href={crumb.href}>{crumb.label}</a>}</li>
        ))}
      </ol>
    </nav>
  )
}
