// @ts-check
/**
 * Runs the production proxy's own files (deploy/nginx/nginx.conf and kopru.conf) outside
 * Docker: the end-to-end tests and the bench put it in front of a local app with Debian's nginx
 * and Lua module (apt-get install -y nginx libnginx-mod-http-lua). Only what names the machine
 * changes: the two listen addresses, the app's address, and the directories (pid, logs, cache,
 * temporary files, the include). A changed file that no longer has one of them fails here, not
 * silently.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

/** @param {string} text @param {string} from @param {string} to @param {string} file */
function replaceAll(text, from, to, file) {
  if (!text.includes(from)) throw new Error(`deploy/nginx/${file} no longer contains "${from}" (deploy/nginx/local.mjs replaces it)`)
  return text.split(from).join(to)
}

/**
 * Writes the configuration into `dir` (which must exist and be readable by nginx's workers)
 * and returns the main file's path.
 * @param {{ port: number, purgePort: number, upstream: string, dir: string, workers?: number | 'auto' }} options
 *   port: readers; purgePort: the app's purges (kopru.conf's 8081); upstream: the app as host:port.
 */
export function writeProxyConfig({ port, purgePort, upstream, dir, workers = 'auto' }) {
  let site = fs.readFileSync(path.join(here, 'kopru.conf'), 'utf8')
  site = replaceAll(site, 'server app:3000;', `server ${upstream};`, 'kopru.conf')
  site = replaceAll(site, 'listen 80;', `listen 127.0.0.1:${port};`, 'kopru.conf')
  site = replaceAll(site, 'listen 8081;', `listen 127.0.0.1:${purgePort};`, 'kopru.conf')
  site = replaceAll(site, '/var/cache/nginx/', `${dir}/`, 'kopru.conf')
  fs.writeFileSync(path.join(dir, 'kopru.conf'), site)

  let main = fs.readFileSync(path.join(here, 'nginx.conf'), 'utf8')
  main = replaceAll(main, 'worker_processes auto;', `worker_processes ${workers};`, 'nginx.conf')
  main = replaceAll(main, '/run/nginx.pid', path.join(dir, 'nginx.pid'), 'nginx.conf')
  main = replaceAll(main, '/var/log/nginx/', `${dir}/`, 'nginx.conf')
  main = replaceAll(main, '/var/cache/nginx/', `${dir}/`, 'nginx.conf')
  main = replaceAll(main, '/etc/nginx/conf.d/kopru.conf', path.join(dir, 'kopru.conf'), 'nginx.conf')
  // Run by root (CI), the workers take nginx.conf's user; run by anyone else, nginx keeps theirs.
  if (process.getuid?.() !== 0) main = replaceAll(main, 'user www-data;\n', '', 'nginx.conf')
  const file = path.join(dir, 'nginx.conf')
  fs.writeFileSync(file, main)
  // nginx makes each temporary directory, not the one they share.
  fs.mkdirSync(path.join(dir, 'temp'), { recursive: true, mode: 0o755 })
  return file
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
