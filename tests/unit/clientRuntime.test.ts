/** lib/http/clientRuntime.mjs: what server.mjs removes from a rendered public page, and what it keeps. */
import { withoutClientRuntime } from '@/lib/http/clientRuntime.mjs'

// The shapes Next 16 (Turbopack) writes into a page, as seen in the production build's HTML.
const head = [
  '<link rel="stylesheet" href="/_next/static/chunks/101uchg9ora3i.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/2v4h0efwtcbd5.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/0c4hcjlmpx-0w.js"/>',
  '<script src="/_next/static/chunks/0637v33xsjp-6.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  '<link rel="preload" as="image" imageSrcSet="/_next/image?url=%2Fapi%2Fmedia%2Ffile%2Fa.png&amp;w=640&amp;q=75 640w"/>',
  '<link rel="canonical" href="http://localhost:3000/en/news/a"/>',
].join('')
const body = [
  '<main id="main"><h1>Scripts &lt;script src=&quot;/_next/static/chunks/x.js&quot;&gt;&lt;/script&gt; in a title</h1>',
  '<p>self.__next_f.push is text here, not a script.</p></main>',
  '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A"}</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/2v4h0efwtcbd5.js"]})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[3397,[],\\"default\\"]\\n"])</script>',
  '<script>window.partnerWidget = true</script>',
].join('')
const page = `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`

describe('withoutClientRuntime', () => {
  const stripped = withoutClientRuntime(page)

  it("removes Next's chunk scripts, their preload hints, the RSC payload and Turbopack's bootstrap", () => {
    expect(page).toMatch(/<script[^>]*src=/)
    expect(stripped).not.toMatch(/<script[^>]*src=/)
    expect(stripped).not.toMatch(/<link[^>]*\.js"/)
    expect(stripped).not.toContain('<script>self.__next_f')
    expect(stripped).not.toContain('TURBOPACK')
  })

  it('keeps the page itself: styles, image preloads, metadata, text that looks like a script, data blocks and other scripts', () => {
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/101uchg9ora3i.css" data-precedence="next"/>',
      '<link rel="preload" as="image"',
      '<link rel="canonical"',
      '&lt;script src=&quot;/_next/static/chunks/x.js&quot;&gt;&lt;/script&gt;',
      '<p>self.__next_f.push is text here, not a script.</p>',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A"}</script>',
      '<script>window.partnerWidget = true</script>',
    ])
      expect(stripped).toContain(kept)
    expect(stripped).toMatch(/^<!DOCTYPE html><html lang="en"><head>.*<\/head><body><main id="main">.*<\/body><\/html>$/)
  })

  it('leaves a page without the runtime as it is', () => {
    expect(withoutClientRuntime(stripped)).toBe(stripped)
  })
})
