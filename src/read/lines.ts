/**
 * Split the input into lines without copying it, and turn offsets into unist points.
 *
 * Line breaks are `\n`, `\r\n` and a lone `\r`, as in CommonMark. Nothing is normalised:
 * every offset refers to the input exactly as given.
 */
import type { Point } from '../schema/position.js'

/** One line of the input. */
export interface Line {
  /** 1-based line number. */
  number: number
  /** Offset of the line's first character. */
  start: number
  /** Offset just after the line's last character, before its line break. */
  end: number
  /** Offset of the first non-whitespace character (`end` when blank). */
  contentStart: number
  /** Offset just after the last non-whitespace character (`contentStart` when blank). */
  contentEnd: number
}

/**
 * Whether a UTF-16 code unit is whitespace for layout purposes (space, tab, line breaks,
 * form feed, NBSP, BOM and the Unicode space separators).
 */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

/**
 * Split `text` into lines, in one pass.
 *
 * @param text The whole input.
 * @returns Every line, blank ones included, in order.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  let number = 1
  const length = text.length
  // Without carriage returns, the engine's own search finds line ends far faster.
  const onlyLineFeeds = !text.includes('\r')
  while (start <= length) {
    let end = start
    if (onlyLineFeeds) {
      end = text.indexOf('\n', start)
      if (end < 0) end = length
    } else {
      while (end < length) {
        const code = text.charCodeAt(end)
        if (code === 10 || code === 13) break
        end++
      }
    }
    let contentStart = start
    while (contentStart < end && isSpace(text.charCodeAt(contentStart))) contentStart++
    let contentEnd = end
    while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--
    lines.push({ number, start, end, contentStart, contentEnd })
    if (end >= length) break
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
    number++
  }
  return lines
}

/** Turns offsets into points; built once per input. */
export interface PointLocator {
  /** The point of an offset (clamped into the input). */
  point(offset: number): Point
}

/**
 * Make a locator over the lines of an input.
 *
 * @param lines The input's lines, as `splitLines` returns them.
 * @returns A locator answering in O(log lines).
 */
export function createLocator(lines: readonly Line[]): PointLocator {
  const starts = lines.map((line) => line.start)
  // Offsets are asked for mostly in increasing order, so remember the last line found.
  let last = 0
  return {
    point(offset) {
      let index = last
      const here = starts[index] ?? 0
      const next = starts[index + 1]
      if (!(offset >= here && (next === undefined || offset < next))) {
        let low = 0
        let high = starts.length - 1
        while (low < high) {
          const middle = (low + high + 1) >> 1
          if ((starts[middle] ?? 0) <= offset) low = middle
          else high = middle - 1
        }
        index = low
        last = low
      }
      const lineStart = starts[index] ?? 0
      return { line: index + 1, column: offset - lineStart + 1, offset }
    }
  }
}
