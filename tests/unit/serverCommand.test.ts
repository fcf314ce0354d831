/** One way to start the production server: package.json, the Dockerfile and lib/http/serverCommand.mjs agree. */
import fs from 'node:fs'

import { serverArgs } from '@/lib/http/serverCommand.mjs'

describe('the production server command', () => {
  it('is the same in npm start and in the Docker image', () => {
    const scripts = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts
    expect(scripts.start).toBe(['node', ...serverArgs].join(' '))
    const cmd = /^CMD (\[.*\])$/m.exec(fs.readFileSync('Dockerfile', 'utf8'))?.[1]
    expect(JSON.parse(cmd ?? 'null')).toEqual(['node', ...serverArgs])
  })
})
