/**
 * `npx tsx scripts/eval-misses.ts [caveat-kind …]`: the caveats the annotator gets wrong on the
 * gold files, one by one — each missed gold caveat and each extra one, with the article's
 * clauses (their caveats and the text each was read from) and the article's text, so a person
 * can see whether a cue is missing or a caveat went to the wrong clause.
 *
 * With caveat kinds as arguments only those are listed ("exception temporal-limit").
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyzeTreaty } from '../src/annotate/analyze.js'
import type { Provision, Treaty, TreatyNode } from '../src/schema/tree.js'
import { evaluate, loadGold } from './eval-lib.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const goldDir = join(root, 'fixtures/gold')
const corpusDir = join(root, 'fixtures/corpus')
const only = new Set(process.argv.slice(2))

const report = evaluate((input, format) => analyzeTreaty(input, { format }), { goldDir, corpusDir })
const golds = new Map(loadGold(goldDir).map((g) => [g.id, g]))
const trees = new Map<string, Treaty>()

function treeOf(id: string): Treaty | undefined {
  const gold = golds.get(id)
  if (gold === undefined) return undefined
  let tree = trees.get(id)
  if (tree === undefined) {
    const path = [join(corpusDir, gold.file), join(goldDir, gold.file)].find((p) => existsSync(p))
    if (path === undefined) return undefined
    tree = analyzeTreaty(readFileSync(path, 'utf8'), { format: gold.format })
    trees.set(id, tree)
  }
  return tree
}

function articleOf(tree: Treaty, num: string): Provision | undefined {
  let found: Provision | undefined
  const visit = (node: TreatyNode): void => {
    if (found !== undefined || node.type === 'annex') return
    if (node.type === 'article' && node.num.value === num) found = node
    else if ('children' in node) for (const c of node.children) visit(c)
  }
  visit(tree)
  return found
}

/** Each provision of an article with its own text and its clauses' caveats, indented. */
function describe(node: Provision, depth = 0): string[] {
  const pad = '  '.repeat(depth + 2)
  const lines = [`${pad}[${node.eId}]`]
  for (const c of node.clauses ?? []) {
    const caveats = c.caveats.map((x) => `${x.kind} "${x.text}"`).join('; ')
    lines.push(`${pad}  clause ${c.kind} (${c.modality})${caveats === '' ? '' : ': ' + caveats}`)
  }
  for (const child of node.children) {
    if ('eId' in child) lines.push(...describe(child, depth + 1))
    else lines.push(`${pad}  ${child.type}: ${child.value.replace(/\s+/gu, ' ').slice(0, 400)}`)
  }
  return lines
}

let count = 0
for (const e of report.errors) {
  if (e.what !== 'caveats') continue
  const expected = (e.expected ?? '').split(',').filter((x) => x !== '')
  const got = (e.got ?? '').split(',').filter((x) => x !== '')
  const missed = expected.filter((x) => !got.includes(x) && (only.size === 0 || only.has(x)))
  const extra = got.filter((x) => !expected.includes(x) && (only.size === 0 || only.has(x)))
  if (missed.length + extra.length === 0) continue
  count++
  console.log(`\n${e.treaty} Art. ${e.article} ${e.kind}: missed [${missed.join(', ')}] extra [${extra.join(', ')}]`)
  const tree = treeOf(e.treaty)
  const article = tree === undefined ? undefined : articleOf(tree, e.article)
  if (article !== undefined) console.log(describe(article).join('\n'))
}
const rows = Object.entries(report.caveatKinds).filter(([k]) => only.size === 0 || only.has(k))
console.log(`\n${count} clause(s) with caveat errors`)
for (const [kind, p] of rows) console.log(`${kind.padEnd(24)} tp ${p.tp}  fp ${p.fp}  fn ${p.fn}  recall ${p.recall.toFixed(3)}`)
