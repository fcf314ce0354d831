type Props = {
  page: number
  totalPages: number
  hrefFor: (page: number) => string
  labels: { nav: string; previous: string; next: string; status: string }
}

/** Previous / next links with the position; nothing when everything fits on one page. */
export function Pagination({ page, totalPages, hrefFor, labels }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label={labels.nav} className="pagination">
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev">
          ← {labels.previous}
        </a>
      ) : null}
      <span aria-current="page">{labels.status}</span>
      {page < totalPages ? (
        <a href={hrefFor(page + 1)} rel="next">
          {labels.next} →
        </a>
      ) : null}
    </nav>
  )
}
