#!/usr/bin/env node
// Makes sure a system Chromium exists for the e2e tests and benchmarks (playwright-core drives it; we never
// download a browser). Looks at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser. When none is
// there and we are root on Debian/Ubuntu, installs the `chromium` package with apt-get; otherwise prints one
// line saying what to do and exits 1.
import { spawnSync } from 'node:child_process'
import { accessSync, constants, readFileSync } from 'node:fs'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser']
const HINT = 'run "sudo apt-get install -y chromium" (or set CHROMIUM_PATH) and try again.'

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null
  return CANDIDATES.find(isExecutable) ?? null
}

function isDebianLike() {
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8')
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease)
  } catch {
    return false
  }
}

function fail(message) {
  console.error(message)
  process.exit(1)
}

let found = findChromium()

if (!found && process.env.CHROMIUM_PATH) {
  fail(
    `Chromium is missing: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file; fix it or unset it.`,
  )
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (!found && isRoot && isDebianLike()) {
  console.log('Chromium is missing: installing it with apt-get (one time)...')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const install = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
    stdio: 'inherit',
    env,
  })
  if (install.status === 0) found = findChromium()
  if (!found) {
    fail(
      'Chromium is missing and "apt-get install -y chromium" did not provide it: install it or set CHROMIUM_PATH.',
    )
  }
}

if (!found) fail(`Chromium is missing: ${HINT}`)

console.log(`Chromium: ${found}`)
