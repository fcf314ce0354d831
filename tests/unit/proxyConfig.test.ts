/** The caching proxy's configuration (deploy/nginx/nginx.conf and kopru.conf) as nginx itself reads it. */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { writeProxyConfig } from '@/deploy/nginx/local.mjs'

describe('deploy/nginx/nginx.conf and kopru.conf', () => {
  it("passes `nginx -t` with Debian's nginx and Lua module (apt-get install nginx libnginx-mod-http-lua)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kopru-proxy-conf-'))
    const main = writeProxyConfig({ port: 3999, purgePort: 3997, upstream: '127.0.0.1:3998', dir })
    const output = execFileSync('nginx', ['-t', '-e', path.join(dir, 'error.log'), '-c', main], { encoding: 'utf8', stdio: 'pipe' })
    expect(output).toBe('')
    const site = fs.readFileSync(path.join(dir, 'kopru.conf'), 'utf8')
    expect(site).toContain('listen 127.0.0.1:3999;')
    expect(site).toContain('listen 127.0.0.1:3997;')
    expect(site).toContain('server 127.0.0.1:3998;')
    expect(site).not.toContain('/var/cache/nginx/')
    // Nothing outside the directory but nginx's modules (comments aside).
    const directives = fs.readFileSync(main, 'utf8').replace(/#.*$/gm, '')
    expect(directives).not.toMatch(/\/var\/|\/run\/|\/etc\//)
  })
})
