import { highlight } from '@/lib/search/normalize'

/** Text with every match of the (folded) search terms wrapped in <mark>. */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  return <>{highlight(text, terms).map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : segment.text))}</>
}
