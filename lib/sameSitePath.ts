/** Resolves addresses the way a browser would against this site; anything elsewhere becomes "/". */
const here = 'http://kopru.invalid'

/**
 * A path of this site from a `to`/`next` parameter, for redirects: never an outside address,
 * however it is spelled. The URL parser reads "/\evil.example", "\\evil.example" or
 * "/\t/evil.example" as another host, as browsers do; a check of the raw string's first
 * characters lets them through.
 */
export function sameSitePath(to: string | null | undefined): string {
  if (!to) return '/'
  let target: URL
  try {
    target = new URL(to, here)
  } catch {
    return '/'
  }
  if (target.origin !== here) return '/'
  // Dot-segments can leave a path that starts with two slashes ("/.//evil.example" resolves
  // to the pathname "//evil.example"), which a browser reads as another host: one slash.
  const path = `/${target.pathname.replace(/^[/\\]+/, '')}${target.search}${target.hash}`
  return new URL(path, here).origin === here ? path : '/'
}
