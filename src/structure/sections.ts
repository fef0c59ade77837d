/**
 * Sections inside articles. Most treaties use "Section" for a grouping of articles
 * ("SECTION 2" / "Article 5" / "Article 6"), but the Articles of Agreement of the IMF, the
 * World Bank and its sister funds, GATT, the Open Skies Treaty, the ITU Radio Regulations and
 * annexes on privileges and immunities divide an article into sections ("Article IV,
 * Section 2 (a)"):
 *
 * ```
 * ### Article IV
 * ####Obligations of members
 * Section 1. - Participating Certificates …
 * Section 2. - Subscriptions
 * (a) Each Member shall subscribe …
 * ```
 *
 * The builder reads a section as part of the open article when it comes right after the
 * article's heading (and title), or after another section of that article, *and* the
 * section has text of its own (`sectionHasOwnText`). A section that follows an article's
 * text, or that is followed (after its title) by an article heading, groups articles as
 * before. The decision looks at most three blocks ahead.
 */
import { isSpace, type Line } from '../read/lines.js'
import type { MarkdownLine } from '../read/markdown.js'
import { nextText, type Block } from './blocks.js'
import type { DivisionMarker } from './markers.js'
import { isTitleLike } from './titles.js'

/**
 * Whether a section heading has text of its own, rather than leading to articles: a body
 * on its own line, or, after its title line if any, a block that is not the heading of an
 * article, division, annex or the testimonium.
 *
 * @param text The input.
 * @param blocks The document's blocks.
 * @param index The index of the section's block.
 * @param marker The section's marker.
 * @returns True when the section holds text.
 */
export function sectionHasOwnText(text: string, blocks: readonly Block[], index: number, marker: DivisionMarker): boolean {
  const rest = marker.rest
  const titled = rest.start < rest.end
  if (titled && !isTitleLike(text, rest)) return true
  let next = nextText(blocks, index)
  const title = blocks[next]
  // A title line on its own: "###SECTION I" / "### GENERAL PROVISIONS".
  if (!titled && title && title.marker === undefined && !title.opaque && title.lines === 1 && (title.heading > 0 || isTitleLike(text, { start: title.start, end: title.end }))) {
    next = nextText(blocks, next)
  }
  const block = blocks[next]
  if (!block) return false
  const kind = block.marker?.kind
  return kind !== 'article' && kind !== 'division' && kind !== 'annex' && kind !== 'conclusions'
}

/**
 * Lines with section headings run on to them, each split into one line per heading. The IMF
 * and IFC Articles of Agreement in the Dutch treaty database lost the line breaks before
 * most sections: "… after December 31, 1945.   Section 2. *Other members*  Membership shall
 * …", "… prescribed by the Corporation.Section 2. *Capital Stock*". Only the strongest
 * evidence splits: the end of a sentence (`.`, `;`, `:`), then "Section" with a number and a
 * full stop, then an emphasised title; a reference ("under Section 2. The Fund …") has no
 * emphasis after it.
 *
 * The pieces keep their line's number; `Line.start` and `end` become the piece's bounds, so
 * everything between pieces is white space. Offsets into the input are unchanged.
 *
 * @param text The input.
 * @param lines Its lines.
 * @param markdown Markdown facts per line, or undefined for plain text.
 * @returns The lines with run-on headings split off, and their Markdown facts (the same
 *   arrays when no line has one).
 */
export function splitRunOnSections(
  text: string,
  lines: readonly Line[],
  markdown: readonly MarkdownLine[] | undefined
): { lines: readonly Line[]; markdown: readonly MarkdownLine[] | undefined } {
  let outLines: Line[] | undefined
  let outMarkdown: MarkdownLine[] | undefined
  // The next "Section " in the input: one forward search over the whole text, shared by all
  // lines, so most lines cost nothing.
  let next = text.indexOf(SECTION)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    const info = markdown?.[index]
    const heads: number[] = []
    while (next >= 0 && next < line.contentEnd) {
      if (next > line.contentStart && info?.opaque !== true && isRunOnHead(text, line.contentStart, line.contentEnd, next)) heads.push(next)
      next = text.indexOf(SECTION, next + 1)
    }
    if (heads.length === 0) {
      outLines?.push(line)
      if (info !== undefined) outMarkdown?.push(info)
      continue
    }
    outLines ??= lines.slice(0, index)
    if (markdown !== undefined) outMarkdown ??= markdown.slice(0, index)
    const bounds = [line.contentStart, ...heads, line.contentEnd]
    for (let k = 0; k + 1 < bounds.length; k++) {
      const from = bounds[k] as number
      let to = bounds[k + 1] as number
      while (to > from && isSpace(text.charCodeAt(to - 1))) to--
      const piece: Line = { number: line.number, start: k === 0 ? line.start : from, end: k === bounds.length - 2 ? line.end : to, contentStart: from, contentEnd: to }
      outLines.push(piece)
      // The first piece keeps the line's Markdown facts (its heading marks); the others are text.
      if (info !== undefined) outMarkdown?.push(k === 0 ? info : { heading: 0, textStart: from, opaque: false })
    }
  }
  return { lines: outLines ?? lines, markdown: outMarkdown ?? markdown }
}

const SECTION = 'Section '

/** Is the "Section " at `at`, inside a line's text [start, end), a heading run on to it: "….   Section 2. *Other members* …"? */
function isRunOnHead(text: string, start: number, end: number, at: number): boolean {
  // After the end of a sentence, with or without spaces.
  let before = at - 1
  while (before > start && isSpace(text.charCodeAt(before))) before--
  const stop = text.charCodeAt(before)
  if (before <= start || (stop !== 46 && stop !== 59 && stop !== 58)) return false
  // A number and a full stop, then an emphasised title.
  let i = at + SECTION.length
  const numberStart = i
  while (i < end && isLabelCharacter(text.charCodeAt(i))) i++
  if (i === numberStart || text.charCodeAt(i) !== 46) return false
  i++
  while (i < end && isSpace(text.charCodeAt(i))) i++
  const emphasis = text.charCodeAt(i)
  return emphasis === 42 || emphasis === 95
}

/** A digit or a capital roman numeral (I, V, X, L, C). */
function isLabelCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 73 || code === 86 || code === 88 || code === 76 || code === 67
}
