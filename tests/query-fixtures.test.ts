/**
 * The query layer on every real treaty of the corpus, parsed and annotated by the real
 * pipeline: lookups find what the tree holds, every position slices the input to the text
 * reported, and the gold's security clauses are found with their caveats.
 */
import { describe, expect, it } from 'vitest'
import {
  caveatsOf,
  findClauses,
  getArticle,
  getProvision,
  isProvision,
  referencesTo,
  searchText,
  selectAll,
  walk
} from '../src/index.js'
import type { Provision } from '../src/index.js'
import { romanValue as fromRoman, toRoman } from '../src/structure/numbers.js'
import { corpusFiles, loadTreaty } from './helpers/corpus.js'

/** The same number in the other numeral system ("4" ↔ "IV"), when it has one. */
function otherNumeral(value: string): string | undefined {
  if (/^\d+$/.test(value)) return toRoman(Number(value))?.toUpperCase()
  const roman = fromRoman(value)
  return roman === undefined ? undefined : String(roman)
}

describe.each(corpusFiles)('%s', (file) => {
  const { text, tree } = loadTreaty(file)
  const slice = (position: { start: { offset: number }; end: { offset: number } }): string =>
    text.slice(position.start.offset, position.end.offset)

  it('looks every article up by its number, arabic or roman', () => {
    const articles = selectAll('article', tree).filter(isProvision)
    expect(articles.length).toBeGreaterThan(0)
    const body = articles.filter((article) => !article.eId.includes('annex'))
    for (const article of body) {
      const found = getArticle(tree, article.num.value)
      expect(found, article.num.value).toBeDefined()
      expect(found?.num.value.toLowerCase()).toBe(article.num.value.toLowerCase())
      const other = otherNumeral(article.num.value)
      if (other !== undefined && found !== undefined) expect(getArticle(tree, other)?.eId).toBe(found.eId)
    }
  })

  it('finds every provision by its eId', () => {
    let count = 0
    walk(tree, (node) => {
      if (!isProvision(node)) return
      count++
      expect(getProvision(tree, node.eId)).toBe(node)
      expect(slice(node.num.position)).toBe(node.num.raw)
    })
    expect(count).toBeGreaterThan(0)
  })

  it('reports clauses whose text, caveats and evidence are the input at their positions', () => {
    const matches = findClauses(tree)
    expect(matches.length).toBeGreaterThan(0)
    for (const match of matches) {
      for (const part of match.text.split('\n\n')) expect(text).toContain(part)
      if (!match.text.includes('\n\n')) expect(match.text).toBe(slice(match.position))
      for (const caveat of caveatsOf(match.clause)) expect(slice(caveat.position)).toBe(caveat.text)
      expect(match.provision.eId).toBe(match.eId)
    }
    // Filters narrow: each kind's matches are exactly the clauses of that kind.
    for (const kind of new Set(matches.map((match) => match.clause.kind))) {
      expect(findClauses(tree, { kind })).toEqual(matches.filter((match) => match.clause.kind === kind))
    }
  })

  it('reads every internal reference backwards', () => {
    walk(tree, (node) => {
      if (!isProvision(node)) return
      for (const reference of node.references ?? []) {
        expect(slice(reference.position)).toBe(reference.text)
        for (const target of reference.targets ?? []) {
          expect(referencesTo(tree, target).some((match) => match.eId === node.eId && match.reference === reference)).toBe(true)
        }
      }
    })
  })

  it('finds text with positions that slice the input and agree with line and column', () => {
    const hits = searchText(tree, 'shall')
    expect(hits.length).toBeGreaterThan(0)
    const lineStarts = [0]
    for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 10) lineStarts.push(index + 1)
    for (const hit of hits) {
      expect(slice(hit.position).toLowerCase()).toBe('shall')
      const { line, column, offset } = hit.position.start
      expect(offset - (lineStarts[line - 1] ?? Number.NaN) + 1).toBe(column)
    }
  })
})

describe('security clauses of the gold files', () => {
  it('North Atlantic Treaty Article 5: mutual defence, with the Charter, area and discretion caveats', () => {
    const { tree } = loadTreaty('north-atlantic-treaty-1949.txt')
    const matches = findClauses(tree, { kind: 'mutual-defence' })
    expect(matches.map((match) => match.article?.num.value)).toContain('5')
    const kinds = new Set(matches.flatMap((match) => caveatsOf(match.clause).map((caveat) => caveat.kind)))
    for (const kind of ['un-charter', 'geographic-scope', 'discretion'] as const) expect(kinds).toContain(kind)
    expect(findClauses(tree, { kind: 'mutual-defence', caveat: 'un-charter', article: 'V' }).length).toBeGreaterThan(0)
    expect(referencesTo(tree, getArticle(tree, '5')?.eId ?? '').map((match) => match.eId)).toContain('art_6')
  })

  it('ANZUS Article IV: mutual defence under constitutional processes, found as article 4', () => {
    const { tree } = loadTreaty('anzus-security-treaty-1951-initialled-text.txt')
    const matches = findClauses(tree, { kind: 'mutual-defence', caveat: 'constitutional-process' })
    expect(matches.map((match) => match.article?.eId)).toContain(getArticle(tree, '4')?.eId)
    const article: Provision | undefined = getArticle(tree, '4')
    expect(article?.num.value).toBe('IV')
  })
})
