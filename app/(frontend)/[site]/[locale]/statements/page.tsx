import { datedListPage } from '@/app/(frontend)/[site]/[locale]/lists/datedList'

export const dynamic = 'force-dynamic'

/** /en/statements with a query (?country, ?year, ?page, ?kind): the list rendered per request (lists/datedList.tsx). */
const page = datedListPage('statements')

export const generateMetadata = page.generateMetadata

export default page.Page
