import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

const nextConfig: NextConfig = {
  // The Docker image ships Next's standalone server; `next start` (demo, CI) needs the default.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  turbopack: { root: process.cwd() },
  experimental: {
    // Rendered pages and cached reads live in memory only: a restart (after a seed, a restore or
    // a migration run outside the server) never serves pages of an earlier database. Several
    // instances share a cache handler instead (see the speed issue).
    isrFlushToDisk: false,
  },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
