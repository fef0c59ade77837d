/**
 * Corpus run: parse every `.md` and `.txt` file under a directory and report what happened.
 *
 *   npm run corpus -- DIR [--format auto|text|markdown] [--slowest N]
 *
 * Reports files, nodes by type (articles above all), diagnostics by rule id, crashes and
 * lossless-check failures with file names, time, and the slowest files. Exits with 1 when any
 * file crashed or failed the lossless check, so CI can run it over fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { checkLossless, parseTreaty, walk } from '../src/index.js'
import type { LosslessProblem, ParseOptions, Treaty } from '../src/index.js'

const usage = 'Usage: npm run corpus -- DIR [--format auto|text|markdown] [--slowest N]'

/** What happened to one file: enough for the report, without keeping the tree alive. */
interface FileResult {
  file: string
  characters: number
  parseMs: number
  checkMs: number
  /** Set when the parser threw: its stack. */
  crash?: string
  /** Set when it parsed: the format it used, nodes by type, diagnostics' rule ids. */
  parsed?: { format: Treaty['format']; counts: Map<string, number>; ruleIds: string[] }
  /** Lossless-check problems (at most a few a file). */
  problems: LosslessProblem[]
}

const { values, positionals } = parseArgs({
  options: {
    format: { type: 'string', default: 'auto' },
    slowest: { type: 'string', default: '10' },
    help: { type: 'boolean', short: 'h' }
  },
  allowPositionals: true
})
if (values.help === true) {
  console.log(usage)
  process.exit(0)
}
const [directory] = positionals
const format = values.format
if (directory === undefined || (format !== 'auto' && format !== 'text' && format !== 'markdown')) {
  console.error(usage)
  process.exit(2)
}
const options: ParseOptions = { format }
const slowestCount = Number.parseInt(values.slowest, 10)

const files = findTreatyFiles(directory)
if (files.length === 0) {
  console.error(`No .md or .txt files under ${directory}`)
  process.exit(2)
}

const results: FileResult[] = []
const started = performance.now()
for (const [index, file] of files.entries()) {
  // Progress only on a terminal: if the parser hangs, the last name shown is the culprit.
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K[${index + 1}/${files.length}] ${relative(directory, file)}`)
  results.push(runFile(file))
}
if (process.stderr.isTTY) process.stderr.write('\r\x1b[K')
const totalMs = performance.now() - started

report(results, directory, totalMs, slowestCount)
const failed = results.some((result) => result.crash !== undefined || result.problems.length > 0)
process.exitCode = failed ? 1 : 0

/** Parse one file (timing only the parse), catch what it throws, and check the tree. */
function runFile(file: string): FileResult {
  const text = readFileSync(file, 'utf8')
  const start = performance.now()
  let tree: Treaty
  try {
    tree = parseTreaty(text, options)
  } catch (error) {
    const crash = error instanceof Error ? (error.stack ?? error.message) : String(error)
    return { file, characters: text.length, parseMs: performance.now() - start, checkMs: 0, crash, problems: [] }
  }
  const parseMs = performance.now() - start
  const problems = checkLossless(tree, text, { maxProblems: 3 })
  const checkMs = performance.now() - start - parseMs
  const parsed = { format: tree.format, counts: countNodes(tree), ruleIds: tree.diagnostics.map((diagnostic) => diagnostic.ruleId) }
  return { file, characters: text.length, parseMs, checkMs, parsed, problems }
}

/** Every `.md` and `.txt` file under a directory, recursively, in a stable order. */
function findTreatyFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') || name.endsWith('.txt'))
    .map((name) => join(root, name))
    .sort()
}

/** How many nodes of each type a tree has below its root. */
function countNodes(tree: Treaty): Map<string, number> {
  const counts = new Map<string, number>()
  walk(tree, (node) => {
    if (node !== tree) counts.set(node.type, (counts.get(node.type) ?? 0) + 1)
    return undefined
  })
  return counts
}

/** Print the report. */
function report(all: readonly FileResult[], root: string, totalMs: number, slowest: number): void {
  const name = (file: string): string => relative(root, file)
  const characters = all.reduce((sum, result) => sum + result.characters, 0)
  const parseMs = all.reduce((sum, result) => sum + result.parseMs, 0)
  const losslessMs = all.reduce((sum, result) => sum + result.checkMs, 0)

  const nodeCounts = new Map<string, number>()
  const formats = new Map<string, number>()
  const rules = new Map<string, number>()
  let withoutArticles = 0
  for (const { parsed } of all) {
    if (parsed === undefined) continue
    for (const [type, count] of parsed.counts) nodeCounts.set(type, (nodeCounts.get(type) ?? 0) + count)
    if ((parsed.counts.get('article') ?? 0) === 0) withoutArticles++
    formats.set(parsed.format, (formats.get(parsed.format) ?? 0) + 1)
    for (const ruleId of parsed.ruleIds) rules.set(ruleId, (rules.get(ruleId) ?? 0) + 1)
  }

  console.log(`Corpus: ${root}`)
  console.log(`Files:       ${all.length} (${[...formats].map(([format, count]) => `${count} ${format}`).join(', ') || 'none parsed'})`)
  console.log(`Size:        ${(characters / 1e6).toFixed(1)} M characters`)
  console.log(`Articles:    ${nodeCounts.get('article') ?? 0} (files with none: ${withoutArticles})`)
  console.log(`Nodes:       ${[...nodeCounts].sort((a, b) => b[1] - a[1]).map(([type, count]) => `${type} ${count}`).join(', ')}`)
  console.log(
    `Time:        ${(totalMs / 1000).toFixed(1)} s in all; parsing ${(parseMs / 1000).toFixed(1)} s ` +
      `(${(characters / 1e6 / (parseMs / 1000)).toFixed(1)} M characters/s), lossless check ${(losslessMs / 1000).toFixed(1)} s`
  )

  console.log(`\nDiagnostics: ${[...rules.values()].reduce((sum, count) => sum + count, 0)}`)
  for (const [ruleId, count] of [...rules].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(7)}  ${ruleId}`)

  const crashes = all.filter((result) => result.crash !== undefined)
  console.log(`\nCrashes: ${crashes.length}`)
  for (const result of crashes) console.log(`  ${name(result.file)}\n    ${(result.crash ?? '').split('\n').slice(0, 4).join('\n    ')}`)

  const lossy = all.filter((result) => result.problems.length > 0)
  console.log(`\nLossless-check failures: ${lossy.length}`)
  for (const result of lossy) {
    console.log(`  ${name(result.file)}`)
    for (const problem of result.problems) {
      const { line, column } = problem.position.start
      console.log(`    ${line}:${column} ${problem.kind}: ${problem.message}${problem.path === '' ? '' : ` (${problem.path})`}`)
    }
  }

  console.log(`\nSlowest files:`)
  for (const result of [...all].sort((a, b) => b.parseMs - a.parseMs).slice(0, slowest)) {
    const rate = result.characters / 1e6 / (result.parseMs / 1000)
    console.log(`  ${result.parseMs.toFixed(1).padStart(9)} ms  ${(result.characters / 1e3).toFixed(0).padStart(6)} k chars  ${rate.toFixed(1).padStart(6)} M/s  ${name(result.file)}`)
  }
}
