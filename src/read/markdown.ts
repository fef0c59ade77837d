/**
 * What Markdown tells us about each line: ATX and setext heading marks to look past, and
 * lines of fenced code, HTML, setext underlines and thematic breaks, which hold no structure.
 *
 * The reader scans lines itself and asks `mdast-util-from-markdown` only about chunks that
 * hold HTML blocks, the one construct a line scan cannot judge well. Two reasons:
 * micromark is superlinear on whole documents with many list items, and real treaty
 * Markdown is too loose for CommonMark to be the authority (`###Article 1` with no space is
 * a paragraph to CommonMark but a heading to every reader of a treaty).
 */
import { fromMarkdown } from 'mdast-util-from-markdown'
import type { Nodes } from 'mdast'
import type { Line } from './lines.js'

/** Markdown facts about one line. */
export interface MarkdownLine {
  /** ATX heading level (1–6), or 0. */
  heading: number
  /** Offset where the line's text starts once heading markers are skipped. */
  textStart: number
  /** Code, HTML, a setext underline or a thematic break: text to keep, never structure. */
  opaque: boolean
}

const HASH = 35

/**
 * Read the ATX heading marker of a line, accepting a missing space after the hashes.
 *
 * @param text The input.
 * @param line The line.
 * @returns The heading level and where its text starts.
 */
function atxHeading(text: string, line: Line): { level: number; textStart: number } {
  let index = line.contentStart
  while (index < line.contentEnd && text.charCodeAt(index) === HASH) index++
  const level = index - line.contentStart
  if (level === 0 || level > 6) return { level: 0, textStart: line.contentStart }
  while (index < line.contentEnd && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index++
  return { level, textStart: index }
}

/** HTML block starts, which only micromark can judge (seven kinds, each with its own end). */
function startsHtml(text: string, line: Line): boolean {
  if (line.contentStart - line.start > 3 || text.charCodeAt(line.contentStart) !== 60) return false
  const second = text.charCodeAt(line.contentStart + 1)
  return (second >= 65 && second <= 90) || (second >= 97 && second <= 122) || second === 47 || second === 33 || second === 63
}

/** A line of only "=" or only "-": a setext underline, or (after a blank line) a thematic break. */
function isUnderline(text: string, line: Line): boolean {
  if (line.contentStart - line.start > 3 || line.contentStart >= line.contentEnd) return false
  const marker = text.charCodeAt(line.contentStart)
  if (marker !== 61 && marker !== 45) return false
  for (let index = line.contentStart; index < line.contentEnd; index++) {
    if (text.charCodeAt(index) !== marker) return false
  }
  return true
}

/** A code fence: three or more backticks or tildes, indented at most three spaces. */
interface Fence {
  marker: number
  length: number
}

/** The fence a line opens or closes, if any. */
function fenceOf(text: string, line: Line): Fence | undefined {
  if (line.contentStart - line.start > 3) return undefined
  const marker = text.charCodeAt(line.contentStart)
  if (marker !== 96 && marker !== 126) return undefined
  let index = line.contentStart
  while (index < line.contentEnd && text.charCodeAt(index) === marker) index++
  const length = index - line.contentStart
  return length >= 3 ? { marker, length } : undefined
}

/** A closing fence holds nothing but its marker characters. */
function isBareFence(text: string, line: Line): boolean {
  const marker = text.charCodeAt(line.contentStart)
  for (let index = line.contentStart; index < line.contentEnd; index++) {
    if (text.charCodeAt(index) !== marker) return false
  }
  return true
}

/** Lines per chunk handed to micromark at most, so its superlinear cost stays bounded. */
const MAX_CHUNK_LINES = 400

/**
 * Read the Markdown facts of every line.
 *
 * @param text The input.
 * @param lines Its lines.
 * @returns One entry per line.
 */
export function readMarkdownLines(text: string, lines: readonly Line[]): MarkdownLine[] {
  const result: MarkdownLine[] = lines.map((line) => {
    const { level, textStart } = atxHeading(text, line)
    return { heading: level, textStart, opaque: false }
  })

  // Fenced code is tracked here, line by line (it is opaque, and micromark need not see it).
  // Other chunks end at ATX headings, or anywhere once they grow long.
  let chunkStart = 0
  let fence: Fence | undefined
  let needsParser = false
  const flush = (end: number): void => {
    if (needsParser && end > chunkStart) markOpaque(text, lines, result, chunkStart, end)
    chunkStart = end
    needsParser = false
  }
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    const info = result[index] as MarkdownLine
    const here = line.contentStart < line.contentEnd ? fenceOf(text, line) : undefined
    if (fence || here) {
      info.opaque = true
      info.heading = 0
      if (!fence && here) {
        flush(index)
        fence = here
      } else if (fence && here?.marker === fence.marker && here.length >= fence.length && isBareFence(text, line)) {
        fence = undefined
        chunkStart = index + 1
      }
      continue
    }
    if (isUnderline(text, line)) {
      // Setext heading (under a text line) or thematic break: read here, since micromark is
      // slow on them (a quarter of a millisecond per heading).
      info.opaque = true
      const above = result[index - 1]
      const previous = lines[index - 1]
      if (above && previous && previous.contentStart < previous.contentEnd && !above.opaque && above.heading === 0) {
        above.heading = text.charCodeAt(line.contentStart) === 61 ? 1 : 2
      }
      continue
    }
    if (index > chunkStart && (info.heading > 0 || index - chunkStart >= MAX_CHUNK_LINES)) flush(index)
    if (!needsParser && startsHtml(text, line)) needsParser = true
  }
  flush(lines.length)
  return result
}

/** Parse one chunk with micromark and mark its HTML lines opaque. */
function markOpaque(text: string, lines: readonly Line[], result: MarkdownLine[], from: number, to: number): void {
  const first = lines[from] as Line
  const last = lines[to - 1] as Line
  const tree = fromMarkdown(text.slice(first.start, last.end))
  const visit = (node: Nodes): void => {
    const position = node.position
    if (position && node.type === 'html') {
      // Chunk line 1 is input line `from + 1`.
      for (let line = position.start.line; line <= position.end.line; line++) {
        const entry = result[line - 1 + from]
        if (entry) {
          entry.opaque = true
          entry.heading = 0
        }
      }
      return
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
}
/**
 * Whether an input looks like Markdown: ATX headings, links, emphasis or fences.
 *
 * @param text The input.
 * @returns True when Markdown markup is found.
 */
export function looksLikeMarkdown(text: string): boolean {
  return /^[ \t]{0,3}#{1,6}[^#\n]|\]\(|^[ \t]{0,3}(?:`{3}|~{3})|\*\*\S/m.test(text)
}
