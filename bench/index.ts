/**
 * Benchmark of `parseTreaty` and of the full pipeline, `analyzeTreaty` (parse + annotate).
 *
 *   npm run bench
 *
 * Inputs: the bundled treaties concatenated to about 1 MB, text and Markdown separately, and
 * that same 1 MB repeated ten times, so that time(10 MB) / time(1 MB) compares like with like.
 * The 1 MB and 10 MB times and peak memory are measured in fresh child processes, so no
 * measurement pays for garbage an earlier one left (a 10 MB tree is a lot of it), and each
 * pays for its own; the pipeline-to-parser ratio alternates the two in one process, under the
 * same load, beside the time the annotator's tokenizer alone takes for the same text, for
 * scale. Everything is printed side by side with its goal.
 *
 * A benchmark, not a test: a MISS prints, it does not fail the run.
 */
import { fork } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { analyzeTreaty, parseTreaty } from '../src/index.js'
import type { Treaty } from '../src/index.js'
import { sharedLexicon } from '../src/annotate/lexicon.js'
import { TokenStream } from '../src/annotate/tokens.js'

type Format = 'text' | 'markdown'

/** What one memory child reports. */
interface MemoryReport {
  format: Format
  peakRssBytes: number
  baselineRssBytes: number
  retainedHeapBytes: number
  topLevelNodes: number
}

const corpusDirectory = join(import.meta.dirname, '..', 'fixtures', 'corpus')
const megabyte = 1_000_000
const extensionOf: Record<Format, string> = { text: '.txt', markdown: '.md' }

/**
 * How many timed runs each measurement takes. In-process, 1 MB parser and pipeline runs
 * alternate (the fastest of each is kept), so their ratio compares runs made under the same
 * load. The linearity ratios come from fresh child processes (`sizedProcesses` per size,
 * sizes alternating, the fastest process kept), each timing the same 10 MB of work: ten
 * 1 MB documents back to back, or one 10 MB document (see `timeInChild`).
 */
const runs = { parser: 5, pipeline1: 7, sizedProcesses: 3 }
/** Untimed parses of each 1 MB input before anything is timed, so the JIT is warm for all. */
const warmUpParses = 3

/** The annotator's tokenizer, kept between calls as the annotator keeps its own (declared before the run starts below). */
const wordReader = new TokenStream(sharedLexicon())

/**
 * Read a text into tokens and nothing more: the least any word-level annotator must do. A
 * scale for the pipeline-to-parser ratio, not a step of the pipeline.
 */
function readWords(text: string): number {
  wordReader.length = 0
  wordReader.read(text, 0)
  return wordReader.length
}

/** What a timing child runs. */
type Job = 'parse' | 'pipeline'

if (process.argv[2] === '--memory-child') {
  measureMemoryInChild(process.argv[3] === 'markdown' ? 'markdown' : 'text')
} else if (process.argv[2] === '--time-child') {
  timeInChild(process.argv[3] === 'pipeline' ? 'pipeline' : 'parse', process.argv[4] === 'markdown' ? 'markdown' : 'text', process.argv[5] === '10' ? 10 : 1)
} else {
  await runBenchmark()
}

// ---------------------------------------------------------------------------------------------
// Inputs

/**
 * About 1 MB (UTF-8) of whole treaties of one format, separated by blank lines: every file of
 * that format, round and round, until the size is reached.
 */
function buildOneMegabyte(format: Format): string {
  const texts = readdirSync(corpusDirectory)
    .filter((name) => name.endsWith(extensionOf[format]) && name !== 'SOURCES.md')
    .sort()
    .map((name) => readFileSync(join(corpusDirectory, name), 'utf8'))
  if (texts.length === 0) throw new Error(`No ${extensionOf[format]} fixtures in ${corpusDirectory}`)
  const parts: string[] = []
  let bytes = 0
  for (let index = 0; bytes < megabyte; index++) {
    const text = texts[index % texts.length] ?? ''
    parts.push(text)
    bytes += Buffer.byteLength(text, 'utf8') + 2
  }
  return parts.join('\n\n')
}

/** Ten copies of the 1 MB input, so the 10 MB input has exactly ten times the work. */
function tenTimes(text: string): string {
  return Array.from({ length: 10 }, () => text).join('\n\n')
}

// ---------------------------------------------------------------------------------------------
// The full pipeline

/**
 * FULL PIPELINE (parse + annotate): what a user of the whole library pays. If the entry point
 * changes name or signature, change only this function.
 */
function runPipeline(text: string, format: Format): Treaty {
  return analyzeTreaty(text, { format })
}

// ---------------------------------------------------------------------------------------------
// Measuring

/** Wall time of one call, in milliseconds. */
function timeMs(work: () => unknown): number {
  const start = performance.now()
  work()
  return performance.now() - start
}

/**
 * The fastest of some times. Other processes can only slow a run down, never speed it up, so
 * on a shared machine the fastest run is the best estimate of what the code itself costs
 * (the convention of Python's timeit); medians here swung by a factor of three under load.
 */
function fastest(times: readonly number[]): number {
  return times.length === 0 ? Number.NaN : Math.min(...times)
}

/** Fastest wall time of `count` calls, in milliseconds. */
function bestMs(count: number, work: () => unknown): number {
  return fastest(Array.from({ length: count }, () => timeMs(work)))
}

/**
 * Fastest times of `small` and `large`, run alternately `count` times each: on a shared,
 * loaded machine both then see the same load, which keeps their ratio honest.
 */
function interleavedMs(count: number, small: () => unknown, large: () => unknown): { smallMs: number; largeMs: number } {
  const smallTimes: number[] = []
  const largeTimes: number[] = []
  for (let run = 0; run < count; run++) {
    smallTimes.push(timeMs(small))
    largeTimes.push(timeMs(large))
  }
  return { smallMs: fastest(smallTimes), largeMs: fastest(largeTimes) }
}

/** MB/s of a text processed in `ms`. */
function throughput(text: string, ms: number): number {
  return Buffer.byteLength(text, 'utf8') / megabyte / (ms / 1000)
}

/**
 * The cheapest structure detection one could write: a regular expression finding article
 * headings at the start of every line. A floor to compare the parser with, not a parser.
 */
function regexLineScan(text: string): number {
  const articleLine = /^[\t ]*article[\t ]+\w/gimu
  let count = 0
  while (articleLine.exec(text) !== null) count++
  return count
}

/** Child process: parse the 10 MB input once and report memory. Run with --expose-gc. */
function measureMemoryInChild(format: Format): void {
  const collect = (globalThis as { gc?: () => void }).gc
  if (collect === undefined) throw new Error('The memory child needs --expose-gc')
  const input = tenTimes(buildOneMegabyte(format))
  collect()
  const baselineRssBytes = process.memoryUsage().rss
  const tree = parseTreaty(input, { format })
  const peakRssBytes = process.resourceUsage().maxRSS * 1024
  collect()
  const retainedHeapBytes = process.memoryUsage().heapUsed
  // The tree is read after the measurements, so it is alive (retained) while they are taken.
  const report: MemoryReport = { format, peakRssBytes, baselineRssBytes, retainedHeapBytes, topLevelNodes: tree.children.length }
  process.send?.(report)
}

/** Run this file in a child process with some arguments and wait for its one report. */
function runChild<T>(args: readonly string[], execArgv: readonly string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [...args], {
      execArgv: [...process.execArgv, ...execArgv],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc']
    })
    let report: T | undefined
    child.on('message', (message) => (report = message as T))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (report !== undefined) resolve(report)
      else reject(new Error(`child ${args.join(' ')} exited with ${String(code)} and no report`))
    })
  })
}

/** Run the memory child for one format and wait for its report. */
function measureMemory(format: Format): Promise<MemoryReport> {
  return runChild<MemoryReport>(['--memory-child', format], ['--expose-gc'])
}

/**
 * Child process (run with --expose-gc): warm up on 1 MB, then time 10 MB of work, as ten 1 MB
 * documents back to back or as one 10 MB document, and report the time per document.
 *
 * The window closes with a full garbage collection, so each side pays for the garbage it
 * made. Timing single runs and keeping the fastest would not: a 1 MB run often ends before
 * any major collection and leaves its garbage to the next run, while a 10 MB run cannot, so
 * the ratio swung from run to run with where the collections fell.
 */
function timeInChild(job: Job, format: Format, megabytes: 1 | 10): void {
  const collect = (globalThis as { gc?: () => void }).gc
  if (collect === undefined) throw new Error('The timing child needs --expose-gc')
  const one = buildOneMegabyte(format)
  const input = megabytes === 1 ? one : tenTimes(one)
  const documents = 10 / megabytes
  const work = (text: string): unknown => (job === 'parse' ? parseTreaty(text, { format }) : runPipeline(text, format))
  for (let round = 0; round < warmUpParses; round++) work(one)
  collect()
  const ms = timeMs(() => {
    for (let document = 0; document < documents; document++) work(input)
    collect()
  })
  process.send?.({ ms: ms / documents })
}

/** Times of a job per 1 MB and per 10 MB document, from fresh processes, sizes alternating (the fastest process of each). */
async function timedBySize(job: Job, format: Format): Promise<{ oneMs: number; tenMs: number }> {
  const one: number[] = []
  const ten: number[] = []
  for (let round = 0; round < runs.sizedProcesses; round++) {
    one.push((await runChild<{ ms: number }>(['--time-child', job, format, '1'], ['--expose-gc'])).ms)
    ten.push((await runChild<{ ms: number }>(['--time-child', job, format, '10'], ['--expose-gc'])).ms)
  }
  return { oneMs: fastest(one), tenMs: fastest(ten) }
}

// ---------------------------------------------------------------------------------------------
// Reporting

/** One line of the result table. */
interface Row {
  label: string
  value: number
  unit: string
  /** The goal, if the figure has one: at most or at least `limit`. */
  goal?: { atMost: boolean; limit: number }
}

/** Print the rows aligned, with the goal and PASS or MISS where a figure has a goal. */
function printTable(rows: readonly Row[]): void {
  const format = (value: number): string => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3))
  const labelWidth = Math.max(...rows.map((row) => row.label.length))
  console.log(`${'measure'.padEnd(labelWidth)}  ${'value'.padStart(14)}  ${'goal'.padStart(12)}  result`)
  console.log('-'.repeat(labelWidth + 38))
  for (const row of rows) {
    const value = `${format(row.value)} ${row.unit}`.trimEnd()
    let goal = ''
    let verdict = ''
    if (row.goal !== undefined) {
      goal = `${row.goal.atMost ? '≤' : '≥'} ${format(row.goal.limit)} ${row.unit}`.trimEnd()
      const pass = row.goal.atMost ? row.value <= row.goal.limit : row.value >= row.goal.limit
      verdict = pass ? 'PASS' : 'MISS'
    }
    console.log(`${row.label.padEnd(labelWidth)}  ${value.padStart(14)}  ${goal.padStart(12)}  ${verdict}`)
  }
}

// ---------------------------------------------------------------------------------------------
// The run

/** Measure everything, then print one table. */
async function runBenchmark(): Promise<void> {
  const started = performance.now()
  const rows: Row[] = []
  const inputs = { text: buildOneMegabyte('text'), markdown: buildOneMegabyte('markdown') }
  console.error('Warming up…')
  for (let round = 0; round < warmUpParses; round++) {
    for (const format of ['text', 'markdown'] as const) parseTreaty(inputs[format], { format })
  }

  for (const format of ['text', 'markdown'] as const) {
    const small = inputs[format]
    const large = tenTimes(small)
    const mb = (text: string): string => (Buffer.byteLength(text, 'utf8') / megabyte).toFixed(1)
    console.error(`Parsing ${format}: ${mb(small)} MB and ${mb(large)} MB, in child processes…`)
    const { oneMs, tenMs } = await timedBySize('parse', format)
    rows.push(
      { label: `parseTreaty ${format}, 1 MB`, value: throughput(small, oneMs), unit: 'MB/s' },
      { label: `parseTreaty ${format}, 10 MB`, value: throughput(large, tenMs), unit: 'MB/s' },
      { label: `parseTreaty ${format}, time(10 MB) / time(1 MB)`, value: tenMs / oneMs, unit: '', goal: { atMost: true, limit: 11 } }
    )
    const smallMs = bestMs(runs.parser, () => parseTreaty(small, { format }))
    regexLineScan(small)
    const scanMs = bestMs(runs.parser, () => regexLineScan(small))
    rows.push({ label: `parseTreaty ${format} 1 MB / regex line scan (time)`, value: smallMs / scanMs, unit: '×' })
    if (format === 'markdown') {
      console.error('Parsing the same 1 MB with mdast-util-from-markdown, as one document…')
      const mdastMs = bestMs(3, () => fromMarkdown(small))
      rows.push({ label: 'parseTreaty markdown 1 MB / fromMarkdown (time)', value: smallMs / mdastMs, unit: '', goal: { atMost: true, limit: 0.1 } })
    }
  }

  for (const format of ['text', 'markdown'] as const) {
    console.error(`Measuring memory of a 10 MB ${format} parse in a child process…`)
    const memory = await measureMemory(format)
    console.error(`  (the tree had ${memory.topLevelNodes} top-level nodes)`)
    rows.push(
      { label: `peak RSS, 10 MB ${format} parse (whole process)`, value: memory.peakRssBytes / 2 ** 20, unit: 'MiB', goal: { atMost: true, limit: 600 } },
      { label: `  of which above the baseline before parsing`, value: (memory.peakRssBytes - memory.baselineRssBytes) / 2 ** 20, unit: 'MiB' },
      { label: `  heap retained with the tree alive`, value: memory.retainedHeapBytes / 2 ** 20, unit: 'MiB' }
    )
  }

  for (const format of ['text', 'markdown'] as const) {
    const small = inputs[format]
    const large = tenTimes(small)
    console.error(`Full pipeline (analyzeTreaty), ${format}: 1 MB beside the parser, then 1 MB and 10 MB in child processes…`)
    runPipeline(small, format)
    // The pipeline and the parser alone alternate on the same 1 MB, so both see the same load.
    const { smallMs: parseMs, largeMs: pipelineMs } = interleavedMs(
      runs.pipeline1,
      () => parseTreaty(small, { format }),
      () => runPipeline(small, format)
    )
    readWords(small)
    const { smallMs: parseAgainMs, largeMs: wordsMs } = interleavedMs(runs.parser, () => parseTreaty(small, { format }), () => readWords(small))
    const { oneMs, tenMs } = await timedBySize('pipeline', format)
    rows.push(
      { label: `pipeline ${format}, 1 MB`, value: throughput(small, oneMs), unit: 'MB/s' },
      { label: `pipeline ${format}, 10 MB`, value: throughput(large, tenMs), unit: 'MB/s' },
      { label: `pipeline ${format}, time(10 MB) / time(1 MB)`, value: tenMs / oneMs, unit: '', goal: { atMost: true, limit: 11 } },
      { label: `pipeline ${format} / parser alone (throughput)`, value: parseMs / pipelineMs, unit: '', goal: { atMost: false, limit: 0.5 } },
      { label: `  for scale: reading the words alone / parser (time)`, value: wordsMs / parseAgainMs, unit: '×' }
    )
  }

  console.log(`\ntreaty-clauses benchmark, Node ${process.version}, ${new Date().toISOString()}\n`)
  printTable(rows)
  const counts = `1 MB and 10 MB: 10 MB of documents (ten 1 MB or one 10 MB, then a full GC) in each of ${runs.sizedProcesses} fresh processes per size, the fastest process kept; pipeline / parser: ${runs.pipeline1} runs each, alternating, in one process, fastest run`
  console.log(`\n(${counts}; ${((performance.now() - started) / 1000).toFixed(0)} s in all)`)
}
