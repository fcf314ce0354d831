#!/usr/bin/env node
// @ts-check
/**
 * The registry mirror on our machines lacks some platform-specific optional binaries
 * (e.g. @next/swc-darwin-arm64, @swc/core-win32-x64-msvc). `npm install` then leaves them out
 * of package-lock.json, and `npm ci` refuses the lock as "not in sync". This adds the missing
 * optional entries with the platform they are for (read from the package name), so `npm ci`
 * skips them here and installs them from the public registry on those platforms.
 * Run after every `npm install` that changes the lock: `node scripts/lock-platform-binaries.mjs`.
 */
import fs from 'node:fs'

const lockPath = 'package-lock.json'
const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'))
const packages = lock.packages

const osNames = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony', 'sunos', 'netbsd', 'openbsd', 'aix']
const cpuNames = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'wasm32', 'mips64el']

/** @param {string} name */
function platformOf(name) {
  const parts = (name.split('/').pop() ?? '').split('-')
  const os = parts.find((part) => osNames.includes(part))
  const cpu = parts.find((part) => cpuNames.includes(part))
  if (!os || !cpu) return null
  const libc = os === 'linux' ? (parts.some((part) => part.startsWith('musl')) ? 'musl' : 'glibc') : undefined
  return { os: [os], cpu: [cpu], ...(libc ? { libc: [libc] } : {}) }
}

let added = 0
for (const [location, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location ? `${location}/` : ''}node_modules/${dep}`
    if (packages[nested] || packages[`node_modules/${dep}`]) continue
    const platform = platformOf(dep)
    if (!platform) {
      console.warn(`left alone (no platform in its name): ${dep}@${version}, wanted by ${location || 'the root'}`)
      continue
    }
    packages[`node_modules/${dep}`] = { version, ...platform, optional: true }
    added += 1
  }
}

const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))))
lock.packages = sorted
fs.writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`)
console.log(`package-lock.json: ${added} platform-specific optional entries added`)
