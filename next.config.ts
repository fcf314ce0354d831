import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

/**
 * Security headers on every response (pages, APIs, assets, the admin). HSTS comes from
 * server.mjs, and only for a request that arrived over HTTPS (lib/http/transport.mjs). Frames: only
 * our own origin (the admin's live preview frames the site). Public HTML pages get a fuller
 * policy from server.mjs: script-src 'self' plus the hashes of the page's own inline scripts,
 * no 'unsafe-inline' (it replaces this header on them).
 */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'self'; base-uri 'self'; object-src 'none'; form-action 'self'" },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

const nextConfig: NextConfig = {
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }]
  },
  // The Docker image ships Next's standalone server; `next start` (demo, CI) needs the default.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  turbopack: { root: process.cwd() },
  // Rendered pages and cached reads: in Redis when REDIS_URL is set (shared by every instance),
  // otherwise in this process's memory only (lib/cache/handler.mjs).
  cacheHandler: path.resolve(process.cwd(), 'lib/cache/handler.mjs'),
  // Next's own in-memory layer would keep a copy per instance in front of the shared cache.
  cacheMaxMemorySize: 0,
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
