import { notFound } from 'next/navigation'

/** Any other path under a locale gets the localized not-found page inside the site's layout. */
export default function UnknownPage() {
  notFound()
}
