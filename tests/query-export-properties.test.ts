/**
 * Properties of the query and export layers over generated treaties: whatever the text (XML
 * specials, CRLF, odd Unicode, random numbering), search positions slice the input, article
 * lookups agree across numeral systems, the JSON export reads back, and the Akoma Ntoso export
 * validates against the OASIS schema.
 */
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzeTreaty, fromJSON, getArticle, isProvision, numKey, searchText, selectAll, toAkomaNtoso, toJSON } from '../src/index.js'
import { toRoman } from '../src/structure/numbers.js'
import { hasXmllint, validateAkn } from './helpers/xmllint.js'

/** Multiplies the number of runs: `PROPERTY_RUNS_SCALE=20 npx vitest run …`. */
const runScale = Math.max(1, Number(process.env.PROPERTY_RUNS_SCALE ?? '1') || 1)
const runs = (count: number): number => Math.ceil(count * runScale)

/** Words, including XML specials, quotes, non-Latin and astral characters. */
const word = fc.constantFrom(
  'the', 'Parties', 'shall', 'consult', 'armed', 'attack', 'Article', '5', 'IV', '&', '<b>', '"q"', "'s", ']]>',
  'İstanbul', 'Straße', '条约', '𝔗𝔯𝔢𝔞𝔱𝔶', '\f', 'x\u0001y', '\uD800', '\uFFFF', 'in accordance with their constitutional processes', 'unless', 'Charter'
)
const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' ') + '.')

/** A generated treaty: a title, a preamble line, articles with paragraphs and lettered items. */
const treaty = fc
  .record({
    newline: fc.constantFrom('\n', '\r\n'),
    roman: fc.boolean(),
    articles: fc.array(
      fc.record({
        paragraphs: fc.array(fc.record({ text: sentence, items: fc.array(sentence, { maxLength: 3 }) }), { maxLength: 3 }),
        content: sentence,
        cites: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined })
      }),
      { minLength: 1, maxLength: 6 }
    )
  })
  .map(({ newline, roman, articles }) => {
    const lines = ['TREATY OF <TESTING> & "FRIENDSHIP"', '', 'The Parties, desiring peace, have agreed as follows:', '']
    articles.forEach((article, index) => {
      const num = roman ? (toRoman(index + 1) ?? '').toUpperCase() : String(index + 1)
      lines.push(`Article ${num}`, '')
      if (article.paragraphs.length === 0) {
        lines.push(article.content + (article.cites === undefined ? '' : ` See Article ${article.cites}.`), '')
      }
      article.paragraphs.forEach((paragraph, p) => {
        lines.push(`${p + 1}. ${paragraph.text}${paragraph.items.length > 0 ? ':' : ''}`, '')
        paragraph.items.forEach((item, i) => lines.push(`(${String.fromCharCode(97 + i)}) ${item}`, ''))
      })
    })
    lines.push('DONE at Geneva, this fourth day of April, 1949.')
    return { text: lines.join(newline), count: articles.length, roman }
  })

describe('query and export over generated treaties', () => {
  it('search positions slice the input exactly', () => {
    fc.assert(
      fc.property(treaty, fc.constantFrom('the', 'article', '&', '<b>', '条约', '𝔯𝔢', 'İ', 'a'), ({ text }, query) => {
        const tree = analyzeTreaty(text)
        const hits = searchText(tree, query)
        for (const hit of hits) {
          expect(text.slice(hit.position.start.offset, hit.position.end.offset)).toBe(hit.text)
          expect(hit.text.toLowerCase()).toBe(query.toLowerCase())
        }
        const exact = searchText(tree, query, { caseSensitive: true })
        expect(exact.every((hit) => hit.text === query)).toBe(true)
      }),
      { numRuns: runs(40) }
    )
  })

  it('finds each article by arabic and roman number, and round-trips JSON', () => {
    fc.assert(
      fc.property(treaty, ({ text }) => {
        const tree = analyzeTreaty(text)
        for (const article of selectAll('article', tree).filter(isProvision)) {
          const byValue = getArticle(tree, article.num.value)
          expect(byValue && numKey(byValue.num.value)).toBe(numKey(article.num.value))
          const n = Number(numKey(article.num.value))
          if (Number.isInteger(n) && n > 0) {
            expect(getArticle(tree, String(n))?.eId).toBe(byValue?.eId)
            expect(getArticle(tree, `Article ${toRoman(n)?.toUpperCase() ?? ''}`)?.eId).toBe(byValue?.eId)
          }
        }
        expect(fromJSON(toJSON(tree))).toEqual(JSON.parse(JSON.stringify(tree)))
      }),
      { numRuns: runs(40) }
    )
  })

  it.skipIf(!hasXmllint)('exports Akoma Ntoso that validates against the OASIS schema', () => {
    fc.assert(
      fc.property(treaty, ({ text }) => {
        const xml = toAkomaNtoso(analyzeTreaty(text))
        const result = validateAkn(xml)
        expect(result.output).toContain('validates')
      }),
      { numRuns: runs(15) }
    )
  }, 120_000)
})
