/**
 * A leaf's text as Akoma Ntoso `<p>` elements: one per block (blocks are separated by blank
 * lines), with inline marks: internal cross-references as `<ref href="#eId">`, party names as
 * `<party>`, dates as `<date>`.
 */
import { x } from 'xastscript'
import type { Element, ElementContent } from 'xast'
import type { Leaf } from '../../schema/tree.js'

/** A span of the input to mark up inline: a reference, a party's name, a date. */
export interface InlineMark {
  /** Start offset in the input. */
  start: number
  /** End offset in the input (exclusive). */
  end: number
  /** The element for the span, given its text. */
  render: (text: string) => Element
}

/**
 * Inline marks sorted by where they start, for quick lookup per leaf.
 */
export class MarkIndex {
  readonly #sorted: InlineMark[]

  /** @param marks Every inline mark of the document. */
  constructor(marks: InlineMark[]) {
    this.#sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end)
  }

  /**
   * The marks that lie wholly inside a span of the input, in order. Where marks overlap, the
   * first (and, at the same start, the longest) wins.
   *
   * @param start Start offset of the span.
   * @param end End offset of the span (exclusive).
   */
  within(start: number, end: number): InlineMark[] {
    const sorted = this.#sorted
    let low = 0
    let high = sorted.length
    while (low < high) {
      const middle = (low + high) >>> 1
      const item = sorted[middle]
      if (item !== undefined && item.start < start) low = middle + 1
      else high = middle
    }
    const result: InlineMark[] = []
    let lastEnd = start
    for (let index = low; index < sorted.length; index++) {
      const item = sorted[index]
      if (item === undefined || item.start >= end) break
      if (item.end <= end && item.start >= lastEnd && item.end > item.start) {
        result.push(item)
        lastEnd = item.end
      }
    }
    return result
  }
}

/**
 * The `<p>` elements of a leaf.
 *
 * @param leaf A text leaf.
 * @param marks The document's inline marks.
 * @returns One `<p>` per block of the leaf's text; at least one.
 */
export function paragraphsOf(leaf: Leaf, marks: MarkIndex): Element[] {
  const base = leaf.position.start.offset
  const paragraphs: Element[] = []
  for (const [from, to] of blocks(leaf.value)) {
    const children: ElementContent[] = []
    let cursor = from
    for (const mark of marks.within(base + from, base + to)) {
      const start = mark.start - base
      const end = mark.end - base
      if (start > cursor) children.push({ type: 'text', value: leaf.value.slice(cursor, start) })
      children.push(mark.render(leaf.value.slice(start, end)))
      cursor = end
    }
    if (to > cursor) children.push({ type: 'text', value: leaf.value.slice(cursor, to) })
    paragraphs.push(x('p', children))
  }
  if (paragraphs.length === 0) paragraphs.push(x('p'))
  return paragraphs
}

/**
 * A reference's markup: `<ref>` for one target; for several, an `<mref>` whose text links
 * each target's number where it appears ("Articles <ref>3</ref> and <ref>5</ref>").
 *
 * @param text The reference's text.
 * @param targets The eIds it resolves to, in the order the text names them.
 * @param numOf The num value of the node with an eId.
 */
export function refElement(text: string, targets: string[], numOf: (eId: string) => string | undefined): Element {
  const [first] = targets
  if (targets.length === 1 && first !== undefined) return x('ref', { href: '#' + first }, text)
  const children: ElementContent[] = []
  let cursor = 0
  for (const target of targets) {
    const num = numOf(target)
    const at = num === undefined || num === '' ? -1 : text.indexOf(num, cursor)
    if (at === -1) continue
    if (at > cursor) children.push({ type: 'text', value: text.slice(cursor, at) })
    children.push(x('ref', { href: '#' + target }, num))
    cursor = at + (num?.length ?? 0)
  }
  if (children.length === 0) return x('ref', { href: '#' + (first ?? '') }, text)
  if (cursor < text.length) children.push({ type: 'text', value: text.slice(cursor) })
  return x('mref', children)
}

/**
 * The blocks of a text: spans separated by blank lines, each trimmed of surrounding
 * whitespace. One linear scan.
 *
 * @param text A leaf's value.
 * @returns `[start, end)` index pairs.
 */
export function blocks(text: string): [number, number][] {
  const result: [number, number][] = []
  let blockStart = -1
  let blockEnd = -1
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    let first = lineStart
    while (first < lineEnd && isSpace(text.charCodeAt(first))) first++
    let last = lineEnd
    while (last > first && isSpace(text.charCodeAt(last - 1))) last--
    if (first === last) {
      if (blockStart !== -1) result.push([blockStart, blockEnd])
      blockStart = -1
    } else {
      if (blockStart === -1) blockStart = first
      blockEnd = last
    }
    lineStart = lineEnd + 1
  }
  if (blockStart !== -1) result.push([blockStart, blockEnd])
  return result
}

/** Space, tab, carriage return, or another blank character. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0xfeff || code === 0x3000
}
