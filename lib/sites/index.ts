import { registerSiteLoader, siteByKey, siteDirectory, siteForHost, sitesOfOffices, type Site } from './directory'
import { loadSites } from './load'

/**
 * The sites, for code that runs in the app (pages, feeds, the partner API): importing this
 * registers the loader over Payload, so the directory can load itself wherever it is first used.
 */
registerSiteLoader(loadSites)

export { siteByKey, siteDirectory, siteForHost, sitesOfOffices, type Site }

/** An absolute URL on a site's own address. */
export function siteUrl(site: Pick<Site, 'origin'>, path: string): string {
  return `${site.origin}${path}`
}
