/**
 * Previews across sites. The admin (and its staff session) lives on one address, SERVER_URL;
 * a document of another office's site is previewed there as that site shows it: /api/preview
 * names the site in this cookie beside Next's draft-mode cookie, and proxy.ts routes to that site
 * only while both are present. Nothing rendered so is kept by a cache: server.mjs's page cache
 * and nginx pass every request with the draft-mode cookie, and Next does not store draft renders.
 */
export const previewSiteCookie = 'kopru_preview_site'

/** Next's draft-mode cookie (set by draftMode().enable()). */
export const draftModeCookie = '__prerender_bypass'
