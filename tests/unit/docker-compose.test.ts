import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * No Docker engine runs here, so the production topology is validated with Debian's
 * docker-compose (`apt-get install docker-compose`, done by .ci/run): the file must parse, and
 * the resolved configuration must keep the promises docs/architecture.md makes.
 */
describe('docker-compose.yml', () => {
  let resolved = ''

  /** `docker-compose config` in a copy of the project whose .env is .env.example with `secret`. */
  function composeConfig(secret: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kopru-compose-'))
    for (const file of ['docker-compose.yml', 'Dockerfile', 'deploy/nginx/Dockerfile', 'deploy/nginx/nginx.conf', 'deploy/nginx/kopru.conf']) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      fs.copyFileSync(file, path.join(dir, file))
    }
    const env = fs.readFileSync('.env.example', 'utf8').replace(/^PAYLOAD_SECRET=.*$/m, `PAYLOAD_SECRET=${secret}`)
    fs.writeFileSync(path.join(dir, '.env'), env)
    return execFileSync('docker-compose', ['config'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' })
  }

  beforeAll(() => {
    resolved = composeConfig('x'.repeat(40))
  })

  it('refuses to start without PAYLOAD_SECRET, saying which variable to set', () => {
    expect(() => composeConfig('')).toThrow(/set PAYLOAD_SECRET in \.env/)
  })

  it('validates with docker-compose config', () => {
    expect(resolved).toMatch(/^services:/m)
  })

  it('runs MongoDB as a single-node replica set with a named volume and a healthcheck', () => {
    expect(resolved).toMatch(/- --replSet\s+- rs0/)
    expect(resolved).toMatch(/mongo-data:\/data\/db/)
    expect(resolved).toMatch(/rs\.initiate/)
    // docker-compose v1 prints `mongo-data: {}`, v2 `mongo-data:` with a name below it.
    expect(resolved).toMatch(/^volumes:\n(?:.*\n)*\s+mongo-data:/m)
  })

  it('points the app at the replica set and starts it only when MongoDB is healthy', () => {
    expect(resolved).toContain('DATABASE_URI: mongodb://mongo:27017/kopru?replicaSet=rs0')
    expect(resolved).toMatch(/depends_on:\s+mongo:\s+condition: service_healthy/)
    expect(resolved).toContain('/api/health')
  })

  it('puts the nginx proxy built from deploy/nginx in front of the app, and has the app purge it on changes', () => {
    expect(resolved).toMatch(/proxy:\s+build:\s+context: \S*deploy\/nginx/)
    expect(resolved).toContain('CACHE_PURGE_URLS: http://proxy:8081')
    // Purges go to a port readers cannot reach: nothing publishes 8081.
    expect(resolved).not.toMatch(/published: "?8081|- "?8081:/)
    expect(resolved).toMatch(/proxy:(?:\n.*)*\n\s+depends_on:\s+app:\s+condition: service_healthy/)
    expect(resolved).toContain('/_cache/health')
    const dockerfile = fs.readFileSync('deploy/nginx/Dockerfile', 'utf8')
    expect(dockerfile).toContain('libnginx-mod-http-lua')
    expect(dockerfile).toMatch(/COPY kopru\.conf \/etc\/nginx\/conf\.d\//)
    expect(dockerfile).toMatch(/COPY nginx\.conf \/etc\/nginx\/nginx\.conf/)
  })

  it('gives the app instances one Redis for the page cache and the rate limits', () => {
    expect(resolved).toMatch(/image: redis:7/)
    expect(resolved).toContain('REDIS_URL: redis://redis:6379')
    expect(resolved).toMatch(/app:(?:\n.*)*\n\s+depends_on:(?:\n.*)*\n\s+redis:\s+condition: service_healthy/)
  })

  it('builds the app with a multi-stage Dockerfile on Next standalone output', () => {
    const dockerfile = fs.readFileSync('Dockerfile', 'utf8')
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(3)
    expect(dockerfile).toContain('NEXT_OUTPUT=standalone')
    expect(dockerfile).toContain('.next/standalone')
  })

  it('copies into the image every local module server.mjs loads (the standalone output does not trace them)', () => {
    const dockerfile = fs.readFileSync('Dockerfile', 'utf8')
    const copied = [...dockerfile.matchAll(/^COPY --from=build \S+ ((?:\/app\/\S+ )+)\S+$/gm)].flatMap((m) =>
      m[1]
        .trim()
        .split(' ')
        .map((source) => source.replace(/^\/app\//, '')),
    )
    const covered = (file: string) =>
      copied.some((source) => source === file || (source.endsWith('/*.mjs') && path.dirname(file) === source.slice(0, -'/*.mjs'.length) && file.endsWith('.mjs')))
    const loaded = new Set<string>()
    const visit = (file: string) => {
      if (loaded.has(file)) return
      loaded.add(file)
      for (const [, specifier] of fs.readFileSync(file, 'utf8').matchAll(/^import [^'"]*['"](\.{1,2}\/[^'"]+)['"]/gm))
        visit(path.normalize(path.join(path.dirname(file), specifier)))
    }
    visit('server.mjs')
    expect(loaded.size).toBeGreaterThan(10)
    expect([...loaded].filter((file) => !covered(file))).toEqual([])
  })

  it('documents every variable lib/env.ts validates in .env.example', async () => {
    const { envSchema } = await import('@/lib/env')
    const example = fs.readFileSync('.env.example', 'utf8')
    const documented = new Set([...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]))
    const validated = Object.keys(envSchema.shape).filter((name) => !['NODE_ENV', 'NEXT_PHASE'].includes(name))
    expect(validated.filter((name) => !documented.has(name))).toEqual([])
  })
})
