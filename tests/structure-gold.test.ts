import { describe, expect, it } from 'vitest'
import { parseTreaty } from '../src/index.js'
import { goldInputs, loadGold, structureOf } from './gold.js'

/** Cases where we believe the gold is wrong: `${id}:${format}` → why. */
const KNOWN_GOLD_ERRORS: Record<string, string> = {}

describe('structure matches the gold on every fixture', () => {
  for (const gold of loadGold().filter((item) => item.complete.structure || item.articles.length > 0)) {
    for (const input of goldInputs(gold)) {
      const key = `${gold.id}:${input.format}`
      const run = KNOWN_GOLD_ERRORS[key] ? it.skip : it
      run(`${key}${KNOWN_GOLD_ERRORS[key] ? ` (skipped: ${KNOWN_GOLD_ERRORS[key]})` : ''}`, () => {
        const layer = structureOf(parseTreaty(input.text, { format: input.format }))
        const expected = {
          divisions: gold.divisions.map((division) => ({ ...division, heading: division.heading?.replace(/\s+/g, ' ').trim() ?? null })),
          articles: gold.articles.map(({ num, heading, provisions }) => ({ num, heading, provisions }))
        }
        expect(layer.divisions).toEqual(expected.divisions)
        expect(layer.articles.map((article) => [article.num, article.heading])).toEqual(
          expected.articles.map((article) => [article.num, article.heading])
        )
        expect(layer.articles).toEqual(expected.articles)
      })
    }
  }
})
