/**
 * `npm run eval`: score the annotator against fixtures/gold, print a table and write the
 * figures to .eval/latest.json. `--verbose` lists every error.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyzeTreaty } from '../src/annotate/analyze.js'
import { evaluate, formatEvalReport } from './eval-lib.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v')
const report = evaluate((input, format) => analyzeTreaty(input, { format }), {
  goldDir: join(root, 'fixtures/gold'),
  corpusDir: join(root, 'fixtures/corpus')
})
console.log(formatEvalReport(report, verbose))
const out = join(root, '.eval/latest.json')
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, JSON.stringify(report, null, 2) + '\n')
console.log(`\nwrote ${out}`)
