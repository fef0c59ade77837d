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
import type { Block } from './blocks.js'
import type { DivisionMarker } from './markers.js'
import { isTitleLike } from './titles.js'

/** The index of the first block after `index` that is not a note of the source database. */
function nextText(blocks: readonly Block[], index: number): number {
  let next = index + 1
  while (blocks[next]?.note === true) next++
  return next
}

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
