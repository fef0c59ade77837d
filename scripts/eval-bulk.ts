/**
 * Unseen-treaty check: annotate a sample of a directory of treaties that have no gold and
 * print what a person should look at.
 *
 *   npx tsx scripts/eval-bulk.ts DIR [--every N] [--offset K] [--json FILE]
 *
 * - every mutual-defence and consultation clause found, with its sentence (to spot false
 *   positives by reading);
 * - sentences that look like security provisions ("armed attack", "attack against",
 *   assistance near aggression, consult near a threat) where no such clause was found (to spot
 *   misses);
 * - cross-references: how many, how many resolved, and the most common unresolved shapes.
 *
 * Every N-th file (sorted by name) from the K-th is read; the default is every 10th.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { analyzeTreaty } from '../src/annotate/analyze.js'
import { sharedLexicon } from '../src/annotate/lexicon.js'
import { SentenceReader, type Sentence } from '../src/annotate/source.js'
import type { Clause } from '../src/schema/annotation.js'
import { isProvision, type Provision, type Treaty } from '../src/schema/tree.js'
import { walk } from '../src/query/walk.js'

/** The sentences of a provision's own text, as the annotator splits them. */
function sentencesOf(provision: Provision): readonly Sentence[] {
  return new SentenceReader(sharedLexicon()).sentencesOf(provision)
}

const usage = 'Usage: npx tsx scripts/eval-bulk.ts DIR [--every N] [--offset K] [--json FILE]'
const { values, positionals } = parseArgs({
  options: { every: { type: 'string', default: '10' }, offset: { type: 'string', default: '0' }, json: { type: 'string' } },
  allowPositionals: true
})
const [directory] = positionals
if (directory === undefined) {
  console.error(usage)
  process.exit(2)
}
const every = Math.max(1, Number.parseInt(values.every, 10))
const offset = Math.max(0, Number.parseInt(values.offset, 10))

/** Sentences that look like a security provision, by plain word tests (independent of the rules). */
const SUSPECTS: readonly { readonly name: string; readonly kind: 'mutual-defence' | 'consultation'; readonly test: (s: string) => boolean }[] = [
  { name: 'armed attack', kind: 'mutual-defence', test: (s) => s.includes('armed attack') },
  { name: 'attack against', kind: 'mutual-defence', test: (s) => s.includes('attack against') },
  { name: 'assistance + aggression', kind: 'mutual-defence', test: (s) => s.includes('assist') && s.includes('aggress') },
  { name: 'consult + threat', kind: 'consultation', test: (s) => /\bconsult/u.test(s) && /\bthreat/u.test(s) }
]

interface Found {
  file: string
  eId: string
  kind: string
  text: string
  strength?: number | undefined
}

const security: Found[] = []
const suspects: (Found & { cue: string })[] = []
const unresolvedShapes = new Map<string, number>()
const unresolvedExamples = new Map<string, string[]>()
let internal = 0
let resolved = 0
let external = 0
let files = 0
let failures = 0

function provisionsOf(tree: Treaty): Provision[] {
  const out: Provision[] = []
  walk(tree, (node) => {
    if (isProvision(node)) out.push(node)
  })
  return out
}

function clean(text: string): string {
  return text.replace(/\s+/gu, ' ').slice(0, 300)
}

/** The shape of a reference text: numbers and labels replaced, so variants group together. */
function shapeOf(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').replace(/\d+/gu, 'N').replace(/\([a-z]{1,4}\)/gu, '(x)').slice(0, 60)
}

const names = readdirSync(directory).filter((f) => f.endsWith('.md') || f.endsWith('.txt')).sort()
for (let i = offset; i < names.length; i += every) {
  const name = names[i]
  if (name === undefined) continue
  files++
  let tree: Treaty
  try {
    tree = analyzeTreaty(readFileSync(join(directory, name), 'utf8'), { format: name.endsWith('.md') ? 'markdown' : 'text' })
  } catch (error) {
    failures++
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`)
    continue
  }
  for (const p of provisionsOf(tree)) {
    const clauses: Clause[] = p.clauses ?? []
    for (const c of clauses) {
      if (c.kind !== 'mutual-defence' && c.kind !== 'consultation') continue
      const sentence = sentencesOf(p).find((s) => s.start <= c.position.start.offset && c.position.start.offset < s.end)
      const text = sentence === undefined ? '' : sentence.leaf.value.slice(sentence.start - sentence.leaf.position.start.offset, sentence.end - sentence.leaf.position.start.offset)
      security.push({ file: name, eId: p.eId, kind: c.kind, text: clean(text), strength: c.strength?.level })
    }
    const own = new Set(clauses.map((c) => c.kind))
    for (const s of sentencesOf(p)) {
      const raw = s.leaf.value.slice(s.start - s.leaf.position.start.offset, s.end - s.leaf.position.start.offset)
      const lower = raw.toLowerCase()
      for (const suspect of SUSPECTS) {
        if (own.has(suspect.kind) || !suspect.test(lower)) continue
        suspects.push({ file: name, eId: p.eId, kind: suspect.kind, cue: suspect.name, text: clean(raw) })
      }
    }
    for (const r of p.references ?? []) {
      if (r.kind === 'external') {
        external++
        continue
      }
      internal++
      if ((r.targets ?? []).length > 0) resolved++
      else {
        const shape = shapeOf(r.text)
        unresolvedShapes.set(shape, (unresolvedShapes.get(shape) ?? 0) + 1)
        const examples = unresolvedExamples.get(shape) ?? []
        if (examples.length < 3) examples.push(`${name} ${p.eId}: ${r.text}`)
        unresolvedExamples.set(shape, examples)
      }
    }
  }
}

console.log(`files ${files} (every ${every} from ${offset}), failures ${failures}`)
console.log(`\nsecurity clauses found: ${security.length}`)
for (const f of security) console.log(`  ${f.kind.padEnd(15)} ${f.file} ${f.eId} [${f.strength ?? '-'}] ${f.text}`)
console.log(`\nsecurity-looking sentences without such a clause: ${suspects.length}`)
for (const s of suspects) console.log(`  ${s.cue.padEnd(24)} ${s.file} ${s.eId}: ${s.text}`)
console.log(`\nreferences: internal ${internal} (resolved ${resolved}, ${internal === 0 ? '-' : ((100 * resolved) / internal).toFixed(1)}%), external ${external}`)
console.log('most common unresolved shapes:')
for (const [shape, count] of [...unresolvedShapes].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`  ${String(count).padStart(5)}  ${shape}   e.g. ${(unresolvedExamples.get(shape) ?? []).join(' | ')}`)
}
if (values.json !== undefined) writeFileSync(values.json, JSON.stringify({ security, suspects, internal, resolved, external }, null, 2) + '\n')
