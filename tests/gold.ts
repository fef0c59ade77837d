/**
 * Test helpers: load the fixtures and their gold files, and read the structure layer off
 * a parsed tree in the gold's terms.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Provision, Treaty, TreatyNode } from '../src/index.js'

/** The fixtures folder. */
export const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))

/** A gold annotation file (fixtures/gold/FORMAT.md). */
export interface Gold {
  id: string
  file: string
  format: 'text' | 'markdown'
  title: string
  parties: string[]
  complete: { structure: boolean; clauses: boolean }
  divisions: { kind: string; num: string | null; heading: string | null }[]
  articles: {
    num: string
    heading: string | null
    provisions: string[]
    clauses: { kind: string; modality: string; obligor?: string; caveats: string[]; strength?: number; evidence: string }[]
  }[]
  notes: string
}

/** Every gold file, by id. */
export function loadGold(): Gold[] {
  return readdirSync(`${fixtures}gold`)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(`${fixtures}gold/${name}`, 'utf8')) as Gold)
}

/** The text of a gold file's treaty, in its own format or the other where both exist. */
export function goldInputs(gold: Gold): { path: string; format: 'text' | 'markdown'; text: string }[] {
  const base = gold.file.replace(/\.(?:txt|md)$/, '')
  const candidates = [
    { path: `${fixtures}corpus/${base}.txt`, format: 'text' as const },
    { path: `${fixtures}corpus/${base}.md`, format: 'markdown' as const },
    { path: `${fixtures}gold/${gold.file}`, format: gold.format }
  ]
  const seen = new Set<string>()
  return candidates
    .filter((candidate) => existsSync(candidate.path) && !seen.has(candidate.format) && seen.add(candidate.format))
    .map((candidate) => ({ ...candidate, text: readFileSync(candidate.path, 'utf8') }))
}

/** The structure layer of a tree, in the gold's terms. */
export interface StructureLayer {
  divisions: { kind: string; num: string | null; heading: string | null }[]
  articles: { num: string; heading: string | null; provisions: string[] }[]
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Read the divisions, articles and provision paths of the body (annexes left out). */
export function structureOf(tree: Treaty): StructureLayer {
  const layer: StructureLayer = { divisions: [], articles: [] }
  const paths = (node: Provision, prefix: string, out: string[]): void => {
    for (const child of node.children) {
      if (!('num' in child)) continue
      const path = prefix === '' ? child.num.value : `${prefix}/${child.num.value}`
      out.push(path)
      paths(child, path, out)
    }
  }
  const walk = (node: TreatyNode): void => {
    if (node.type === 'annex') return
    if (node.type === 'division') {
      const division = node
      layer.divisions.push({
        kind: division.kind,
        num: division.num?.value ?? null,
        heading: division.heading ? clean(division.heading.text) : null
      })
    }
    if (node.type === 'article') {
      const article = node
      const provisions: string[] = []
      paths(article, '', provisions)
      layer.articles.push({ num: article.num.value, heading: article.heading ? clean(article.heading.text) : null, provisions })
      return
    }
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return layer
}
