type Props = {
  action: string
  label: string
  submitLabel: string
  value?: string
  /** "site": the compact form in the header; "page": the search page's own. */
  variant?: 'site' | 'page'
  /** Extra fields of the page form (e.g. a type filter). */
  children?: React.ReactNode
}

/** A GET search form: works without JavaScript, and every search has a shareable URL. */
export function SearchForm({ action, label, submitLabel, value, variant = 'page', children }: Props) {
  const id = `search-${variant}`
  return (
    <form className={`search-form search-form--${variant}`} role="search" method="get" action={action}>
      <label htmlFor={id} className={variant === 'site' ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input id={id} type="search" name="q" defaultValue={value} maxLength={200} autoComplete="off" enterKeyHint="search" />
      {children}
      <button type="submit">{submitLabel}</button>
    </form>
  )
}
