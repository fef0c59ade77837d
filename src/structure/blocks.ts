/**
 * Group lines into blocks: a block is a run of lines that belong together, a heading line,
 * or a line that starts with a marker. Wrapped lines join the block above them.
 */
import type { Line } from '../read/lines.js'
import type { MarkdownLine } from '../read/markdown.js'
import { matchDecimalLabel, usesDecimalNumbering } from './decimal.js'
import { classifyLine, type Marker } from './markers.js'
import { isSourceNote } from './notes.js'

/** A block of text and what its first line proposes. */
export interface Block {
  /** Where the node built from it starts (Markdown heading marks included). */
  nodeStart: number
  /** Where its text starts (after indentation and heading marks). */
  start: number
  /** Where its text ends (trailing whitespace excluded). */
  end: number
  /** Where its first line's text ends. */
  firstLineEnd: number
  lines: number
  /** ATX or setext heading level, or 0. */
  heading: number
  /** Code, HTML or setext markup: text, never structure. */
  opaque: boolean
  /** A note of the source database on a line of its own ("Treedt in werking per 01-10-2015"): `notes.ts`. */
  note: boolean
  marker: Marker | undefined
}

/** Whether a block stands alone on its line: headings of articles, divisions, annexes. */
function standsAlone(block: Block): boolean {
  const kind = block.marker?.kind
  return block.heading > 0 || kind === 'article' || kind === 'division' || kind === 'annex'
}

function startsLowerCase(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset)
  return code >= 97 && code <= 122
}

/**
 * Group the lines of an input into blocks.
 *
 * @param text The input.
 * @param lines Its lines.
 * @param markdown Markdown facts per line, or undefined for plain text.
 * @returns The blocks, in order.
 */
export function groupBlocks(text: string, lines: readonly Line[], markdown: readonly MarkdownLine[] | undefined): Block[] {
  const decimalLabels = findsDecimalNumbering(text, lines, markdown)
  const blocks: Block[] = []
  let current: Block | undefined
  // The block right after a heading line may be that heading's title: keep it to one line
  // unless the next line plainly continues a sentence.
  let titleSlot = false
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    if (line.contentStart >= line.contentEnd) {
      current = undefined
      continue
    }
    const info = markdown?.[index]
    const opaque = info?.opaque ?? false
    const heading = info?.heading ?? 0
    const start = info && heading > 0 ? info.textStart : line.contentStart
    if (start >= line.contentEnd) {
      // A heading mark with no text ("###"): keep it as text so nothing is lost.
      current = pushBlock(blocks, line, line.contentStart, 0, opaque, undefined)
      titleSlot = false
      continue
    }
    if (opaque) {
      if (current?.opaque) extend(current, line)
      else current = pushBlock(blocks, line, start, 0, true, undefined)
      titleSlot = false
      continue
    }
    if (heading === 0 && isSourceNote(text, start, line.contentEnd)) {
      // A note stands alone, like a line between blank lines.
      pushBlock(blocks, line, start, 0, false, undefined).note = true
      current = undefined
      titleSlot = false
      continue
    }
    const marker = classifyLine(text, start, line.contentEnd, decimalLabels)
    const continues =
      current !== undefined &&
      marker === undefined &&
      heading === 0 &&
      !current.opaque &&
      !standsAlone(current) &&
      (!titleSlot || (current.lines === 1 && startsLowerCase(text, start)))
    if (continues && current) {
      extend(current, line)
      titleSlot = false
      continue
    }
    const wasHeading = current !== undefined && standsAlone(current)
    current = pushBlock(blocks, line, start, heading, false, marker)
    titleSlot = wasHeading && !standsAlone(current)
  }
  return blocks
}

/**
 * Whether the document numbers its paragraphs with decimal labels, decided before any block
 * is made: a decimal label starts a block of its own, so the decision must not depend on how
 * lines were grouped.
 */
function findsDecimalNumbering(text: string, lines: readonly Line[], markdown: readonly MarkdownLine[] | undefined): boolean {
  const labels: number[][] = []
  // A look at the first character of each line; almost every line stops there.
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    let start = line.contentStart
    if (text.charCodeAt(start) === 35) {
      const info = markdown?.[index]
      if (info && info.heading > 0) start = info.textStart
    }
    const first = text.charCodeAt(start)
    if (first < 49 || first > 57 || start >= line.contentEnd || markdown?.[index]?.opaque === true) continue
    const label = matchDecimalLabel(text, start, line.contentEnd)
    if (label) labels.push(label.parts)
  }
  return usesDecimalNumbering(labels)
}

function pushBlock(
  blocks: Block[],
  line: Line,
  start: number,
  heading: number,
  opaque: boolean,
  marker: Marker | undefined
): Block {
  const block: Block = {
    nodeStart: line.contentStart,
    start,
    end: line.contentEnd,
    firstLineEnd: line.contentEnd,
    lines: 1,
    heading,
    opaque,
    note: false,
    marker
  }
  blocks.push(block)
  return block
}

function extend(block: Block, line: Line): void {
  block.end = line.contentEnd
  block.lines++
}

/**
 * The index of the first block after `index` that is not a note of the source database.
 *
 * @param blocks The document's blocks.
 * @param index A block's index.
 * @returns The next block's index (`blocks.length` when there is none).
 */
export function nextText(blocks: readonly Block[], index: number): number {
  let next = index + 1
  while (blocks[next]?.note === true) next++
  return next
}
