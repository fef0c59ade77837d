/**
 * Plain text search over a treaty, with positions to highlight each hit in the source.
 */
import * as z from 'zod/mini'
import type { Position } from '../schema/position.js'
import type { LeafType, Treaty } from '../schema/tree.js'
import { parseQuery } from './filter.js'
import { foldCase } from './fold.js'
import { PointCursor } from './points.js'
import { enclosingEId } from './provision.js'
import { isLeaf } from './text.js'
import { walk } from './walk.js'

/** Options of `searchText`. */
export const searchOptionsSchema = z.strictObject({
  /** Match case exactly. Default: `false`. */
  caseSensitive: z.optional(z.boolean()),
  /** Only hits that are whole words (no letter or digit on either side). Default: `false`. */
  wholeWord: z.optional(z.boolean()),
  /** Also search article, division and annex headings. Default: `true`. */
  headings: z.optional(z.boolean())
})
/** Options of `searchText`. */
export type SearchOptions = z.input<typeof searchOptionsSchema>

/** One occurrence of the searched text. */
export interface TextHit {
  /** The text as written in the input (its case may differ from the query's). */
  text: string
  /** Where it is in the input. */
  position: Position
  /** The eId of the innermost provision, division or annex the hit is in; `undefined` in the preamble, title or conclusions. */
  eId: string | undefined
  /** What holds the hit: a leaf type, or `heading`. */
  in: LeafType | 'heading'
}

/** A letter or a digit of any script. */
const wordCharacter = /[\p{L}\p{N}]/u

/**
 * Find every occurrence of a text, in document order. The query is plain text, not a
 * pattern; matches do not overlap and do not run across leaves.
 *
 * @example
 * searchText(doc, 'armed attack')[0] // { text: 'armed attack', eId: 'art_3', position: {…}, in: 'content' }
 *
 * @param doc A treaty tree.
 * @param query The text to find (not empty).
 * @param options Case, whole words, headings.
 * @returns The hits, each with its position and enclosing eId.
 * @throws {TreatyClausesError} `invalid-query` for an empty query or unknown options.
 */
export function searchText(doc: Treaty, query: string, options: SearchOptions = {}): TextHit[] {
  const { text: needleRaw, ...settings } = parseQuery(
    z.extend(searchOptionsSchema, { text: z.string().check(z.minLength(1)) }),
    { ...options, text: query },
    'text search'
  )
  const caseSensitive = settings.caseSensitive ?? false
  const needle = caseSensitive ? needleRaw : foldCase(needleRaw)
  const hits: TextHit[] = []
  const scan = (value: string, position: Position, eId: string | undefined, where: TextHit['in']): void => {
    const haystack = caseSensitive ? value : foldCase(value)
    const cursor = new PointCursor(value, position.start)
    let from = haystack.indexOf(needle)
    while (from !== -1) {
      const to = from + needle.length
      if (!(settings.wholeWord ?? false) || isWholeWord(value, from, to)) {
        hits.push({ text: value.slice(from, to), position: { start: cursor.pointAt(from), end: cursor.pointAt(to) }, eId, in: where })
        from = haystack.indexOf(needle, to)
      } else {
        from = haystack.indexOf(needle, from + 1)
      }
    }
  }
  walk(doc, (node, ancestors) => {
    if (isLeaf(node)) {
      scan(node.value, node.position, enclosingEId(node, ancestors), node.type)
    } else if ((settings.headings ?? true) && 'heading' in node && node.heading !== undefined && 'eId' in node) {
      scan(node.heading.text, node.heading.position, node.eId, 'heading')
    }
  })
  return hits
}

/** Whether the span has no letter or digit right before or right after it. */
function isWholeWord(text: string, from: number, to: number): boolean {
  return !wordCharacter.test(text.charAt(from - 1)) && !wordCharacter.test(text.charAt(to))
}
