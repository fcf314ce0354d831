import { datedListPage } from '@/app/(frontend)/[site]/[locale]/lists/datedList'

export const dynamic = 'force-dynamic'

/** /en/news with a query (?country, ?year, ?page): the list rendered per request (lists/datedList.tsx). */
const page = datedListPage('news')

export const generateMetadata = page.generateMetadata

export default page.Page
