/**
 * Runs deploy/nginx/kopru.conf, the production proxy's own file, outside Docker: the
 * end-to-end tests and the bench put it in front of a local app with Debian's nginx and Lua
 * module (apt-get install -y nginx libnginx-mod-http-lua). Only the three lines that name the
 * machine change (listen address, app address, cache directory); a changed kopru.conf that no
 * longer has them fails here, not silently.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const modules = '/usr/lib/nginx/modules'

function replaceOnce(text, from, to) {
  if (!text.includes(from)) throw new Error(`deploy/nginx/kopru.conf no longer contains "${from}" (deploy/nginx/local.mjs replaces it)`)
  return text.replace(from, to)
}

/**
 * Writes the configuration into `dir` (which must exist and be readable by nginx's workers)
 * and returns the main file's path.
 * @param {{ port: number, upstream: string, dir: string, workers?: number | 'auto' }} options
 *   upstream: the app as host:port.
 */
export function writeProxyConfig({ port, upstream, dir, workers = 'auto' }) {
  let site = fs.readFileSync(path.join(here, 'kopru.conf'), 'utf8')
  site = replaceOnce(site, 'server app:3000;', `server ${upstream};`)
  site = replaceOnce(site, 'listen 80;', `listen 127.0.0.1:${port};`)
  site = replaceOnce(site, '/var/cache/nginx/kopru', path.join(dir, 'cache'))
  fs.writeFileSync(path.join(dir, 'kopru.conf'), site)
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${path.join(dir, `${name}-temp`)};`)
  const main = path.join(dir, 'nginx.conf')
  fs.writeFileSync(
    main,
    [
      `load_module ${modules}/ndk_http_module.so;`,
      `load_module ${modules}/ngx_http_lua_module.so;`,
      `worker_processes ${workers};`,
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(dir, 'error.log')} warn;`,
      'events { worker_connections 4096; }',
      'http {',
      '  access_log off;',
      '  default_type application/octet-stream;',
      ...temp,
      `  include ${path.join(dir, 'kopru.conf')};`,
      '}',
      '',
    ].join('\n'),
  )
  return main
}

/**
 * Starts nginx in the foreground with that configuration; kill the returned child to stop it.
 * @param {Parameters<typeof writeProxyConfig>[0] & { detached?: boolean, stdio?: import('node:child_process').StdioOptions }} options
 */
export function startProxy(options) {
  fs.chmodSync(options.dir, 0o755)
  const main = writeProxyConfig(options)
  return spawn('nginx', ['-e', path.join(options.dir, 'error.log'), '-c', main, '-g', 'daemon off;'], {
    stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  })
}
