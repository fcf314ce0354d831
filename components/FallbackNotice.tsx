type Props = { message: string }

/** Says, in the reader's language, that some of what follows is in another language. */
export function FallbackNotice({ message }: Props) {
  return (
    <p className="fallback-notice" role="note">
      {message}
    </p>
  )
}
