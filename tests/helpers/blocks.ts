import type { BlockLabels } from '@/components/Blocks'
import type { ResolvedBlock } from '@/lib/content/blocks-types'
import type { BlockImage } from '@/lib/content/items'
import { paragraphs } from '@/lib/richtext'

/** Fixtures for the block components' tests (tests/component/blocks). */

/** An image as the pages loader hands it over: a path served by Payload, its size, its alt text. */
export const photo = (name: string, alt: string, extra: Partial<BlockImage> = {}): BlockImage => ({ src: `/api/media/file/${name}.jpg`, width: 1600, height: 900, alt, ...extra })

export const labels: BlockLabels = { downloads: 'Downloads', photoCredit: 'Photo', email: 'E-mail', phone: 'Phone' }

/** One block of each type, in an English page's order (Blocks.test.tsx, serverHtml.test.tsx). */
export const everyBlock: ResolvedBlock[] = [
  {
    blockType: 'hero',
    id: 'hero',
    heading: 'Who we are',
    text: 'The agency’s office in Türkiye.',
    image: photo('team', 'Our team in Ankara'),
    links: [{ href: 'https://example.org', label: 'The agency', external: true }],
  },
  { blockType: 'richText', id: 'intro', content: paragraphs('We work with the government and partners.') },
  { blockType: 'image', id: 'photo', image: photo('airport', 'A family at the airport', { caption: 'Istanbul, 2025' }) },
  { blockType: 'callToAction', id: 'cta', heading: 'Get in touch', link: { href: '/en/contact', label: 'Write to us' } },
  { blockType: 'factsBand', id: 'facts', heading: 'In figures', facts: [{ id: 1, value: 1_700_000, notation: 'compact', label: 'Voluntary returns' }] },
  {
    blockType: 'latestItems',
    id: 'latest',
    heading: 'Latest news',
    display: 'list',
    items: [{ id: 1, title: 'Round table in Baku', href: '/en/news/baku', image: photo('baku', 'Partners around the table') }],
    cards: [],
    more: { href: '/en/news', label: 'All news' },
    emptyText: 'No news yet.',
  },
  {
    blockType: 'cards',
    id: 'cards',
    heading: 'Our programmes',
    cards: [{ id: 7, title: 'Counter-trafficking', href: '/en/programmes/ct', image: photo('ct', 'A hotline poster') }],
  },
  { blockType: 'accordion', id: 'faq', heading: 'Questions', items: [{ id: 'q', question: 'Who can apply?', answer: paragraphs('Anyone living in Türkiye.') }] },
  {
    blockType: 'downloads',
    id: 'files',
    heading: 'Reports',
    files: [{ id: 'f', href: '/api/media/file/report.pdf', label: 'Annual report', bytes: 1_200_000, mimeType: 'application/pdf' }],
  },
  { blockType: 'officeContact', id: 'office', heading: 'Ankara office', name: 'Ankara country office', email: 'ankara@example.org' },
]
