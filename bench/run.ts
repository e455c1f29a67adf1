/**
 * Runs benchmarks: `npm run bench` runs every bench/<name>.ts module, `npm run bench -- startup` just the named
 * ones. Prints a table per benchmark and writes bench/results/<name>.json (commit those: they are the record
 * of how the app performs, with date and machine). Benchmarks print figures; they never fail on them. The exit
 * code is non-zero only when a benchmark could not run at all.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Benchmark, Figures, Target } from './lib/benchmark'

const BENCH_DIR = dirname(fileURLToPath(import.meta.url))
const RESULTS_DIR = join(BENCH_DIR, 'results')

function isBenchmark(value: unknown): value is Benchmark {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<Benchmark>
  return typeof candidate.name === 'string' && typeof candidate.run === 'function'
}

async function discover(): Promise<Benchmark[]> {
  const files = readdirSync(BENCH_DIR)
    .filter((file) => /\.ts$/.test(file) && !file.endsWith('.d.ts') && file !== 'run.ts')
    .sort()
  const benchmarks: Benchmark[] = []
  for (const file of files) {
    const module: unknown = await import(pathToFileURL(join(BENCH_DIR, file)).href)
    if (!isBenchmark(module)) throw new Error(`bench/${file} must export name and run()`)
    benchmarks.push({ name: module.name, run: module.run, targets: module.targets })
  }
  return benchmarks
}

function machine(): Record<string, string | number> {
  const cpus = os.cpus()
  return {
    platform: `${os.platform()} ${os.release()}`,
    arch: os.arch(),
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 1e9),
    node: process.version,
  }
}

function gitCommit(): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    const dirty = execFileSync('git', ['status', '--porcelain'], { stdio: ['ignore', 'pipe', 'ignore'] })
    return `${head.toString().trim()}${dirty.length ? '+dirty' : ''}`
  } catch {
    return null // no git, or no commit yet
  }
}

function table(figures: Figures, targets: Record<string, Target> = {}): string {
  const rows = Object.entries(figures).map(([key, value]) => {
    const target = targets[key]
    const status =
      target === undefined || typeof value !== 'number' ? '' : value <= target.max ? 'ok' : 'OVER'
    return [key, String(value), target ? `<= ${target.max}` : '', status]
  })
  const header = ['figure', 'value', 'target', '']
  const all = [header, ...rows]
  const widths = header.map((_, column) =>
    Math.min(column === 1 ? 60 : 40, Math.max(...all.map((row) => (row[column] ?? '').length))),
  )
  const line = (row: string[]): string =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

async function main(): Promise<number> {
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'))
  const available = await discover()
  const unknown = wanted.filter((name) => !available.some((bench) => bench.name === name))
  if (unknown.length) {
    console.error(
      `Unknown benchmark ${unknown.join(', ')}; available: ${available.map((b) => b.name).join(', ')}`,
    )
    return 1
  }
  const selected = wanted.length ? available.filter((bench) => wanted.includes(bench.name)) : available
  let failures = 0
  for (const bench of selected) {
    console.log(`\n== ${bench.name} ==`)
    const started = Date.now()
    try {
      const figures = await bench.run()
      console.log(`\n${table(figures, bench.targets)}`)
      const record = {
        benchmark: bench.name,
        date: new Date().toISOString(),
        durationS: Math.round((Date.now() - started) / 1000),
        commit: gitCommit(),
        machine: machine(),
        targets: bench.targets ?? {},
        figures,
      }
      mkdirSync(RESULTS_DIR, { recursive: true })
      const file = join(RESULTS_DIR, `${bench.name}.json`)
      writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`)
      console.log(`\nwrote ${file.slice(dirname(BENCH_DIR).length + 1)}`)
    } catch (error) {
      failures++
      console.error(`benchmark ${bench.name} could not run:`, error)
    }
  }
  return failures ? 1 : 0
}

process.exitCode = await main()
