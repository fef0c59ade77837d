/**
 * Shared helpers of the annotator's tests: the real fixtures, analysed once per test file,
 * and lookups of an article's clauses (the article's own and its descendants').
 */
import { readFileSync } from 'node:fs'
import { analyzeTreaty } from '../src/annotate/analyze.js'
import type { AnalyzeOptions } from '../src/annotate/analyze.js'
import type { Clause } from '../src/schema/annotation.js'
import { walk } from '../src/query/walk.js'
import { isProvision, type Provision, type Treaty } from '../src/schema/tree.js'

const cache = new Map<string, Treaty>()

/** Read a fixture (fixtures/corpus first, then fixtures/gold). */
export function fixtureText(file: string): string {
  for (const dir of ['corpus', 'gold']) {
    try {
      return readFileSync(new URL(`../fixtures/${dir}/${file}`, import.meta.url), 'utf8')
    } catch {
      // try the next folder
    }
  }
  throw new Error(`no fixture ${file}`)
}

/** A fixture, parsed and annotated (cached). */
export function fixture(file: string): Treaty {
  let tree = cache.get(file)
  if (tree === undefined) {
    tree = analyzeTreaty(fixtureText(file), { format: file.endsWith('.md') ? 'markdown' : 'text' })
    cache.set(file, tree)
  }
  return tree
}

/** Every provision of a tree, in document order. */
export function provisions(tree: Treaty): Provision[] {
  const out: Provision[] = []
  walk(tree, (node) => {
    if (isProvision(node)) out.push(node)
  })
  return out
}

/** An article by its num value (outside annexes). */
export function article(tree: Treaty, num: string): Provision {
  const found = provisions(tree).find((p) => p.type === 'article' && p.num.value === num)
  if (found === undefined) throw new Error(`no article ${num}`)
  return found
}

/** The clauses of an article and its descendants, in document order. */
export function clausesOf(node: Provision): Clause[] {
  const out: Clause[] = [...(node.clauses ?? [])]
  for (const c of node.children) if ('eId' in c) out.push(...clausesOf(c))
  return out
}

/** The first clause of a kind in an article of a fixture. */
export function clause(file: string, num: string, kind: string): Clause | undefined {
  return clausesOf(article(fixture(file), num)).find((c) => c.kind === kind)
}

/** Analyse a snippet as a one-article treaty and return the article's clauses. */
export function snippet(text: string, options?: AnalyzeOptions): Clause[] {
  const tree = analyzeTreaty(`Article 1\n\n${text}\n`, { format: 'text', ...options })
  return clausesOf(article(tree, '1'))
}

/** The caveat kinds of a clause, sorted and deduplicated. */
export function caveatKinds(c: Clause | undefined): string[] {
  return [...new Set((c?.caveats ?? []).map((x) => x.kind))].sort()
}

/** The kinds of some clauses, sorted and deduplicated. */
export function kinds(clauses: readonly Clause[]): string[] {
  return [...new Set(clauses.map((c) => c.kind))].sort()
}

export const NATO = 'north-atlantic-treaty-1949.txt'
export const NATO_MD = 'north-atlantic-treaty-1949.md'
export const ANZUS = 'anzus-security-treaty-1951-initialled-text.txt'
export const NPT = 'npt-1968.txt'
export const OST = 'outer-space-treaty-1967.txt'
export const ATT = 'arms-trade-treaty-2013.txt'
export const CHARTER = 'un-charter-1945.txt'
export const VCLT = 'vienna-convention-law-of-treaties-1969.txt'
export const JAPAN = 'treaty-of-peace-with-japan-1951.txt'
export const DPRK = 'russia-dprk-2024-article-4.txt'
