type Props = { text: string; exitLabel: string; exitHref: string }

/** Tells an editor in preview that this is the latest draft, not the public page. */
export function PreviewBanner({ text, exitLabel, exitHref }: Props) {
  return (
    <p className="preview-banner" role="status">
      {text} <a href={exitHref}>{exitLabel}</a>
    </p>
  )
}
