/**
 * What Markdown tells us about each line: ATX heading markers to look past, and lines that
 * are code, HTML or setext underlines, which hold no structure.
 *
 * The reader scans lines itself and asks `mdast-util-from-markdown` only about chunks that
 * hold constructs a line scan cannot judge (fences, HTML, setext headings). Two reasons:
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
  /** Code, HTML or a setext underline: text to keep, never structure. */
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

/** Lines a line scan cannot judge alone: fences, HTML blocks, setext underlines. */
function needsMarkdownParser(text: string, line: Line): boolean {
  const first = text.charCodeAt(line.contentStart)
  if (line.contentStart - line.start > 3 && first !== 60) return false
  if (first === 96 || first === 126) {
    // ``` or ~~~
    return text.charCodeAt(line.contentStart + 1) === first && text.charCodeAt(line.contentStart + 2) === first
  }
  if (first === 60) {
    const second = text.charCodeAt(line.contentStart + 1)
    return (second >= 65 && second <= 90) || (second >= 97 && second <= 122) || second === 47 || second === 33 || second === 63
  }
  if (first === 61 || first === 45) {
    for (let index = line.contentStart; index < line.contentEnd; index++) {
      if (text.charCodeAt(index) !== first) return false
    }
    return true
  }
  return false
}

function isFence(text: string, line: Line): boolean {
  const first = text.charCodeAt(line.contentStart)
  return (
    (first === 96 || first === 126) &&
    text.charCodeAt(line.contentStart + 1) === first &&
    text.charCodeAt(line.contentStart + 2) === first
  )
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

  // Chunks end at ATX headings outside fences, or at a blank line once they grow long.
  let chunkStart = 0
  let inFence = false
  let needsParser = false
  const flush = (end: number): void => {
    if (needsParser && end > chunkStart) markOpaque(text, lines, result, chunkStart, end)
    chunkStart = end
    needsParser = false
  }
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    const info = result[index] as MarkdownLine
    if (isFence(text, line)) inFence = !inFence
    if (!inFence && info.heading > 0 && index > chunkStart) flush(index)
    else if (!inFence && line.contentStart === line.contentEnd && index - chunkStart >= MAX_CHUNK_LINES) flush(index)
    if (!needsParser && line.contentStart < line.contentEnd && needsMarkdownParser(text, line)) needsParser = true
  }
  flush(lines.length)
  return result
}

/** Parse one chunk with micromark and mark its code, HTML and setext markup lines. */
function markOpaque(text: string, lines: readonly Line[], result: MarkdownLine[], from: number, to: number): void {
  const first = lines[from] as Line
  const last = lines[to - 1] as Line
  const tree = fromMarkdown(text.slice(first.start, last.end))
  const lineOffset = from // chunk line 1 is input line `from + 1`
  const visit = (node: Nodes): void => {
    const position = node.position
    if (position && (node.type === 'code' || node.type === 'html')) {
      for (let line = position.start.line; line <= position.end.line; line++) {
        const entry = result[line - 1 + lineOffset]
        if (entry) {
          entry.opaque = true
          entry.heading = 0
        }
      }
      return
    }
    if (position && node.type === 'heading' && position.end.line > position.start.line) {
      const underline = result[position.end.line - 1 + lineOffset]
      if (underline) underline.opaque = true
      const heading = result[position.start.line - 1 + lineOffset]
      if (heading && heading.heading === 0) heading.heading = node.depth
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
