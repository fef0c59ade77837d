/**
 * The query layer on a hand-made annotated tree of the real North Atlantic Treaty text, so
 * the expectations do not hang on the parser's or annotator's exact output. (The same
 * functions run on every real fixture in query-fixtures.test.ts.)
 */
import { describe, expect, it } from 'vitest'
import {
  TreatyClausesError,
  caveatsOf,
  findClauses,
  getArticle,
  getProvision,
  numKey,
  parseClauseFilter,
  parties,
  referencesTo,
  searchText,
  select,
  selectAll
} from '../src/index.js'
import { romanValue as fromRoman, toRoman } from '../src/structure/numbers.js'
import { handTree, natoText } from './helpers/hand-tree.js'

const doc = handTree()

/** The input text a span covers. */
function slice(position: { start: { offset: number }; end: { offset: number } }): string {
  return natoText.slice(position.start.offset, position.end.offset)
}

describe('roman numerals and article numbers', () => {
  it('converts both ways and rejects non-canonical numerals', () => {
    expect(toRoman(14)).toBe('xiv')
    expect(toRoman(1949)).toBe('mcmxlix')
    expect(fromRoman('XIV')).toBe(14)
    expect(fromRoman('mcmxlix')).toBe(1949)
    expect(fromRoman('IIII')).toBeUndefined()
    expect(fromRoman('IC')).toBeUndefined()
    expect(fromRoman('bis')).toBeUndefined()
    for (let value = 1; value < 400; value++) expect(fromRoman(toRoman(value) ?? '')).toBe(value)
  })

  it('gives arabic and roman numbers, with suffixes, the same key', () => {
    expect(numKey('IV')).toBe('4')
    expect(numKey('iv.')).toBe('4')
    expect(numKey('4')).toBe('4')
    expect(numKey('14 bis')).toBe(numKey('XIV bis'))
    expect(numKey('14bis')).toBe('14 bis')
    expect(numKey('5')).not.toBe(numKey('51'))
  })
})

describe('getArticle and getProvision', () => {
  it('finds an article by arabic or roman number', () => {
    expect(getArticle(doc, '5')?.eId).toBe('art_5')
    expect(getArticle(doc, 'V')?.eId).toBe('art_5')
    expect(getArticle(doc, 'vi')?.eId).toBe('art_6')
    expect(getArticle(doc, 'Article VI')?.eId).toBe('art_6')
    expect(getArticle(doc, 'Art. 5')?.eId).toBe('art_5')
    expect(getArticle(doc, 5)?.eId).toBe('art_5')
    expect(() => getArticle(doc, null as never)).toThrow(/Invalid article number/)
    expect(findClauses(doc, { article: 'Article 6' })).toHaveLength(1)
    expect(getArticle(doc, '7')).toBeUndefined()
    expect(getArticle(doc, '5', { within: 'annex_1' })).toBeUndefined()
  })

  it('finds provisions by eId, with positions into the input', () => {
    const point = getProvision(doc, 'art_6__point_ii')
    expect(point?.num.raw).toBe('(ii)')
    expect(point === undefined ? '' : slice(point.num.position)).toBe('(ii)')
    expect(getProvision(doc, 'art_6')?.type).toBe('article')
    expect(getProvision(doc, 'art_6__point_iii')).toBeUndefined()
  })
})

describe('findClauses', () => {
  it('filters by kind and caveat, with eIds, positions and text', () => {
    const [match, ...rest] = findClauses(doc, { kind: 'mutual-defence', caveat: 'un-charter' })
    expect(rest).toHaveLength(0)
    expect(match?.eId).toBe('art_5')
    expect(match?.article?.eId).toBe('art_5')
    expect(match?.text).toBe(match === undefined ? '' : slice(match.position))
    expect(match?.text).toMatch(/^The Parties agree that an armed attack/)
    if (match === undefined) throw new Error('no match')
    expect(caveatsOf(match.clause).map((caveat) => caveat.kind)).toEqual(['un-charter', 'discretion'])
    expect(caveatsOf(match.clause, 'discretion').map((caveat) => slice(caveat.position))).toEqual([
      'such action as it deems necessary'
    ])
  })

  it('combines filters: all must hold; lists are any-of (all-of for caveats)', () => {
    expect(findClauses(doc).map((match) => match.clause.kind)).toEqual(['mutual-defence', 'security-council-reporting', 'definitions'])
    expect(findClauses(doc, { kind: ['definitions', 'security-council-reporting'] })).toHaveLength(2)
    expect(findClauses(doc, { caveat: ['un-charter', 'discretion'] })).toHaveLength(1)
    expect(findClauses(doc, { caveat: ['un-charter', 'domestic-law'] })).toHaveLength(0)
    expect(findClauses(doc, { obligor: 'each-party', trigger: 'armed-attack', minStrength: 3 })).toHaveLength(1)
    expect(findClauses(doc, { minStrength: 4 })).toHaveLength(0)
    expect(findClauses(doc, { article: 'V' }).map((match) => match.clause.kind)).toEqual(['mutual-defence', 'security-council-reporting'])
    expect(findClauses(doc, { article: 'art_6' }).map((match) => match.clause.kind)).toEqual(['definitions'])
    expect(findClauses(doc, { text: 'SECURITY COUNCIL' }).map((match) => match.clause.kind)).toEqual(['security-council-reporting'])
    expect(findClauses(doc, { modality: 'constitutive', within: 'art_6' })).toHaveLength(1)
    expect(findClauses(doc, { party: 'France' })).toHaveLength(0)
  })

  it('rejects a bad filter naming the field and the allowed values', () => {
    const attempt = (): unknown => findClauses(doc, JSON.parse('{"kind":"mutal-defence"}') as never)
    expect(attempt).toThrow(TreatyClausesError)
    try {
      attempt()
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid-query' })
      expect((error as Error).message).toContain('field "kind" must be one of mutual-defence, consultation')
      expect((error as Error).message).toContain('got "mutal-defence"')
    }
    expect(() => parseClauseFilter({ caveat: ['domestic-law', 'nope'] })).toThrow(/field "caveat" must be one of un-charter/)
    expect(() => parseClauseFilter({ colour: 'red' })).toThrow(/unknown field "colour"; allowed fields: kind, modality/)
    expect(() => parseClauseFilter({ minStrength: 9 })).toThrow(/field "minStrength"/)
    expect(() => parseClauseFilter('kind=mutual-defence')).toThrow(/expected an object/)
    expect(parseClauseFilter({ kind: ['mutual-defence'], caveat: 'domestic-law' })).toEqual({ kind: ['mutual-defence'], caveat: 'domestic-law' })
  })
})

describe('referencesTo and parties', () => {
  it('reads cross-references backwards', () => {
    const [match, ...rest] = referencesTo(doc, 'art_5')
    expect(rest).toHaveLength(0)
    expect(match?.eId).toBe('art_6')
    expect(match === undefined ? '' : slice(match.position)).toBe('Article 5')
    expect(referencesTo(doc, 'art_6')).toHaveLength(0)
    expect(parties(doc)).toEqual([])
  })

  it('counts citations of sub-provisions unless told not to', () => {
    const tree = handTree()
    const article6 = getProvision(tree, 'art_6')
    const [first] = article6?.references ?? []
    if (first === undefined) throw new Error('expected a reference in Article 6')
    article6?.references?.push({ ...first, targets: ['art_5__para_1'] })
    expect(referencesTo(tree, 'art_5')).toHaveLength(2)
    expect(referencesTo(tree, 'art_5', { descendants: false })).toHaveLength(1)
  })
})

describe('select and selectAll', () => {
  it('selects with CSS selectors over types and fields', () => {
    expect(selectAll('article > point', doc).map((node) => ('eId' in node ? node.eId : ''))).toEqual(['art_6__point_i', 'art_6__point_ii'])
    expect(selectAll('article', doc)).toHaveLength(2)
    expect(select('[eId=art_5] > content', doc)?.type).toBe('content')
    expect(select('article:has(point)', doc)).toMatchObject({ eId: 'art_6' })
    expect(selectAll('preamble recital', doc)).toHaveLength(1)
  })

  it('rejects a selector it cannot parse', () => {
    expect(() => selectAll('article >', doc)).toThrow(TreatyClausesError)
    expect(() => selectAll('', doc)).toThrow(/Invalid selector/)
  })
})

describe('searchText', () => {
  it('returns every hit with its exact position and enclosing eId', () => {
    const hits = searchText(doc, 'armed attack')
    expect(hits.length).toBeGreaterThan(4)
    for (const hit of hits) {
      expect(slice(hit.position)).toBe(hit.text)
      expect(hit.text.toLowerCase()).toBe('armed attack')
      // The line and column agree with the offset.
      const lines = natoText.slice(0, hit.position.start.offset).split('\n')
      expect(hit.position.start.line).toBe(lines.length)
      expect(hit.position.start.column).toBe((lines.at(-1)?.length ?? 0) + 1)
    }
    expect(new Set(hits.map((hit) => hit.eId))).toEqual(new Set(['art_5', 'art_6', 'art_6__point_ii'].filter((eId) => hits.some((hit) => hit.eId === eId))))
    expect(hits.some((hit) => hit.eId === 'art_5')).toBe(true)
    expect(hits.some((hit) => hit.eId === 'art_6')).toBe(true)
  })

  it('honours case and whole words', () => {
    expect(searchText(doc, 'Parties', { caseSensitive: true }).every((hit) => hit.text === 'Parties')).toBe(true)
    expect(searchText(doc, 'part', { wholeWord: true })).toHaveLength(0)
    expect(searchText(doc, 'part').length).toBeGreaterThan(0)
    expect(searchText(doc, 'NORTH ATLANTIC TREATY', { caseSensitive: true })[0]).toMatchObject({ in: 'title', eId: undefined })
  })

  it('rejects an empty query and unknown options', () => {
    expect(() => searchText(doc, '')).toThrow(/field "text"/)
    expect(() => searchText(doc, 'x', { regex: true } as never)).toThrow(/unknown field "regex"/)
  })
})
