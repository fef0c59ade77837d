/**
 * A provision's own text as the annotator sees it: its leaves, split into sentences of
 * tokens, with a way back from offsets to line and column.
 */
import type { Point, Position } from '../schema/position.js'
import type { Leaf } from '../schema/tree.js'
import { splitSentences } from './sentences.js'
import { tokenize, type Token } from './text.js'

/** One sentence of a leaf. */
export interface Sentence {
  readonly leaf: Leaf
  /** Offsets in the input, end exclusive. */
  readonly start: number
  readonly end: number
  readonly tokens: readonly Token[]
}

const lineStarts = new WeakMap<Leaf, number[]>()

function startsOf(leaf: Leaf): number[] {
  let starts = lineStarts.get(leaf)
  if (starts === undefined) {
    starts = [0]
    for (let i = 0; i < leaf.value.length; i++) if (leaf.value[i] === '\n') starts.push(i + 1)
    lineStarts.set(leaf, starts)
  }
  return starts
}

/**
 * The point of an input offset that falls inside a leaf.
 *
 * @param leaf The leaf holding the offset.
 * @param offset An offset in the input.
 * @returns Its line, column and offset.
 */
export function pointAt(leaf: Leaf, offset: number): Point {
  const base = leaf.position.start
  const local = Math.max(0, Math.min(leaf.value.length, offset - base.offset))
  const starts = startsOf(leaf)
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] ?? 0) <= local) lo = mid
    else hi = mid - 1
  }
  const lineStart = starts[lo] ?? 0
  return {
    line: base.line + lo,
    column: lo === 0 ? base.column + local : local - lineStart + 1,
    offset: base.offset + local
  }
}

/**
 * The position of an input span inside a leaf.
 *
 * @param leaf The leaf.
 * @param start Start offset in the input.
 * @param end End offset (exclusive).
 * @returns The position.
 */
export function spanAt(leaf: Leaf, start: number, end: number): Position {
  return { start: pointAt(leaf, start), end: pointAt(leaf, end) }
}

/**
 * The exact input text of a span inside a leaf.
 *
 * @param leaf The leaf.
 * @param start Start offset in the input.
 * @param end End offset (exclusive).
 * @returns The text.
 */
export function sliceAt(leaf: Leaf, start: number, end: number): string {
  const base = leaf.position.start.offset
  return leaf.value.slice(start - base, end - base)
}

/**
 * Split leaves into sentences of tokens.
 *
 * @param leaves A provision's own leaves (content, intro, wrap-up) in order.
 * @returns Their sentences, in order.
 */
export function sentencesOf(leaves: readonly Leaf[]): Sentence[] {
  const out: Sentence[] = []
  for (const leaf of leaves) {
    let cached = sentenceCache.get(leaf)
    if (cached === undefined) {
      const base = leaf.position.start.offset
      cached = splitSentences(leaf.value).map((span) => ({
        leaf,
        start: base + span.start,
        end: base + span.end,
        tokens: tokenize(leaf.value.slice(span.start, span.end), base + span.start)
      }))
      sentenceCache.set(leaf, cached)
    }
    out.push(...cached)
  }
  return out
}

// Leaves are not changed once parsed, so their sentences can be kept while the leaf lives.
const sentenceCache = new WeakMap<Leaf, Sentence[]>()
