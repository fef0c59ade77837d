/**
 * The lossless check: does a treaty tree account for its input exactly?
 *
 * The parser promises that nothing is normalised away: every leaf's `value`, every
 * `num.raw` and every `heading.text` is the input between its offsets, positions nest and
 * follow each other, and every visible character of the input belongs to exactly one of
 * those spans. This module checks that promise from the outside, independently of the
 * parser's own helpers, so the corpus runner, the property tests and users can all ask it.
 * It runs in time linear in the input and the tree.
 */
import type { Point, Position } from '../schema/position.js'
import type { Treaty, TreatyNode } from '../schema/tree.js'

/** What kind of promise a problem breaks. */
export type LosslessProblemKind =
  /** A leaf's `value`, a `num.raw` or a `heading.text` differs from the input at its offsets. */
  | 'text-mismatch'
  /** A position (of a node, num, heading or diagnostic) is not an ordered span of whole offsets inside the input. */
  | 'position-out-of-range'
  /** A point's line or column does not match its offset. */
  | 'point-mismatch'
  /** A child, num or heading lies (partly) outside its node. */
  | 'outside-parent'
  /** A node starts before its previous sibling ends. */
  | 'sibling-order'
  /** Visible input characters that no leaf, num or heading covers. */
  | 'uncovered'
  /** Input characters that more than one leaf, num or heading covers. */
  | 'overlap'

/** One broken promise, with where it is. */
export interface LosslessProblem {
  /** What is wrong. */
  kind: LosslessProblemKind
  /** A sentence saying what is wrong, for people. */
  message: string
  /**
   * The node concerned, as a path from the root such as `treaty > article#art_5 > content[1]`
   * (eIds where nodes have them, else the index among siblings); empty for input-wide problems.
   */
  path: string
  /** Where in the input, with line and column computed from the offsets by this check. */
  position: Position
}

/** Options of `checkLossless`. */
export interface LosslessOptions {
  /** Stop after this many problems (default 100): a broken tree of a big input has millions. */
  maxProblems?: number
}

/** A span the check compares with the input: a leaf, a num or a heading. */
interface TextSpan {
  text: string
  position: Position
  label: string
}

/**
 * Check that a tree accounts for its input exactly and without loss.
 *
 * It checks that:
 *
 * - every leaf's `value`, `num.raw` and `heading.text` equals `input.slice(start.offset, end.offset)`;
 * - every position (nodes, nums, headings, diagnostics) has `start.offset <= end.offset`,
 *   lies inside the input, and has the line and column its offset implies (lines end at `\n`,
 *   `\r\n` or a lone `\r`, as in CommonMark; columns count UTF-16 code units from 1);
 * - children, nums and headings lie inside their node, and siblings do not overlap;
 * - every non-whitespace character of the input lies in exactly one leaf, num or heading.
 *   In a Markdown tree, `#` and `>` in the markup at the start of a line (before anything
 *   else on it) may stay uncovered when the line holds covered text after them: they are the
 *   heading or quote markup of the node that text belongs to (`###Article 1`, `> (a) …`).
 *
 * @param tree A tree from `parseTreaty` (annotated or not).
 * @param input The exact input the tree was parsed from.
 * @param options How many problems to collect at most.
 * @returns The problems found, in no particular order; empty when the tree is lossless.
 */
export function checkLossless(tree: Treaty, input: string, options: LosslessOptions = {}): LosslessProblem[] {
  const maxProblems = options.maxProblems ?? 100
  const lineStarts = findLineStarts(input)
  const problems: LosslessProblem[] = []
  const report = (kind: LosslessProblemKind, message: string, path: string, start: number, end: number): void => {
    if (problems.length >= maxProblems) return
    const from = clamp(start, input.length)
    const to = clamp(Math.max(start, end), input.length)
    problems.push({ kind, message, path, position: { start: pointAt(lineStarts, from), end: pointAt(lineStarts, to) } })
  }

  /** Check one position against the input; true when its offsets can be used further. */
  const checkPosition = (position: Position, path: string): boolean => {
    const { start, end } = position
    const ordered = start.offset >= 0 && start.offset <= end.offset && end.offset <= input.length
    if (!ordered || !Number.isInteger(start.offset) || !Number.isInteger(end.offset)) {
      report('position-out-of-range', `offsets ${start.offset}..${end.offset} are not an ordered span of the ${input.length}-character input`, path, start.offset, end.offset)
      return false
    }
    for (const point of [start, end]) {
      const expected = pointAt(lineStarts, point.offset)
      if (expected.line !== point.line || expected.column !== point.column) {
        report('point-mismatch', `offset ${point.offset} is at ${expected.line}:${expected.column}, not ${point.line}:${point.column}`, path, point.offset, point.offset)
      }
    }
    return true
  }

  const checkText = (span: TextSpan, path: string): void => {
    const { start, end } = span.position
    const actual = input.slice(start.offset, end.offset)
    if (actual !== span.text) {
      report('text-mismatch', `${span.label} is ${excerpt(span.text)} but the input there is ${excerpt(actual)}`, path, start.offset, end.offset)
    }
  }

  const checkInside = (inner: Position, outer: Position, what: string, path: string): void => {
    if (inner.start.offset < outer.start.offset || inner.end.offset > outer.end.offset) {
      report('outside-parent', `${what} ${inner.start.offset}..${inner.end.offset} is outside its node ${outer.start.offset}..${outer.end.offset}`, path, inner.start.offset, inner.end.offset)
    }
  }

  // Coverage is counted with a difference array, so long spans cost O(1) each.
  const coverDelta = new Int32Array(input.length + 1)
  const cover = (position: Position): void => {
    coverDelta[position.start.offset] = (coverDelta[position.start.offset] ?? 0) + 1
    coverDelta[position.end.offset] = (coverDelta[position.end.offset] ?? 0) - 1
  }

  // Depth-first with an explicit stack: a hostile input may nest deeper than the call stack.
  const stack: { node: TreatyNode; path: string; parent: Position | undefined }[] = [
    { node: tree, path: 'treaty', parent: undefined }
  ]
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { node, path, parent } = entry
    if (!checkPosition(node.position, path)) continue
    if (parent !== undefined) checkInside(node.position, parent, 'node', path)
    if ('value' in node) {
      checkText({ text: node.value, position: node.position, label: 'value' }, path)
      cover(node.position)
      continue
    }
    for (const [label, span] of [
      ['num', 'num' in node && node.num !== undefined ? { text: node.num.raw, position: node.num.position } : undefined],
      ['heading', 'heading' in node && node.heading !== undefined ? { text: node.heading.text, position: node.heading.position } : undefined]
    ] as const) {
      if (span === undefined || !checkPosition(span.position, `${path} (${label})`)) continue
      checkInside(span.position, node.position, label, path)
      checkText({ ...span, label: label === 'num' ? 'num.raw' : 'heading.text' }, path)
      cover(span.position)
    }
    let previousEnd = -1
    const children = node.children.map((child: TreatyNode, index) => ({
      node: child,
      path: `${path} > ${child.type}${'eId' in child ? '#' + child.eId : `[${index}]`}`,
      parent: node.position
    }))
    for (const child of children) {
      const { start, end } = child.node.position
      if (start.offset < previousEnd) {
        report('sibling-order', `starts at ${start.offset}, before its previous sibling ends at ${previousEnd}`, child.path, start.offset, end.offset)
      }
      previousEnd = Math.max(previousEnd, end.offset)
    }
    // Pushed in reverse so that problems come out roughly in document order.
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index]
      if (child !== undefined) stack.push(child)
    }
  }

  for (const [index, diagnostic] of tree.diagnostics.entries()) {
    checkPosition(diagnostic.position, `treaty (diagnostics[${index}]: ${diagnostic.ruleId})`)
  }

  checkCoverage(input, tree.format === 'markdown', coverDelta, lineStarts, report)
  return problems
}

/**
 * Walk the input once, summing the difference array, and report runs of visible characters
 * covered by no span (`uncovered`) or by more than one (`overlap`).
 */
function checkCoverage(
  input: string,
  markdown: boolean,
  coverDelta: Int32Array,
  lineStarts: readonly number[],
  report: (kind: LosslessProblemKind, message: string, path: string, start: number, end: number) => void
): void {
  let covering = 0
  let lineIndex = 0
  let nextLineStart = lineStarts[1] ?? Infinity
  // Whether we are still in the markup prefix of the current line (only spaces, `#` and `>` so far).
  let inMarkupPrefix = true
  // The last forward scan for covered text on the current line: from where, and the first
  // covered offset it found (-1: none up to the line's end). Reusing it keeps each line
  // scanned about once, so a line of a thousand `#` costs no more than a line of one.
  let scan = { lineIndex: -1, from: 0, coveredAt: -1 }
  const lineHasCoveredTextAfter = (offset: number): boolean => {
    if (scan.lineIndex === lineIndex && offset >= scan.from && (scan.coveredAt === -1 || offset < scan.coveredAt)) {
      return scan.coveredAt !== -1
    }
    let sum = 0
    let coveredAt = -1
    const end = Math.min(nextLineStart, input.length)
    for (let next = offset + 1; next < end; next++) {
      sum += coverDelta[next] ?? 0
      if (sum > 0) {
        coveredAt = next
        break
      }
    }
    scan = { lineIndex, from: offset, coveredAt }
    return coveredAt !== -1
  }
  let run: { kind: 'uncovered' | 'overlap'; start: number; end: number } | undefined
  const flush = (): void => {
    if (run === undefined) return
    const text = excerpt(input.slice(run.start, run.end))
    report(run.kind, run.kind === 'uncovered' ? `${text} belongs to no leaf, num or heading` : `${text} belongs to more than one leaf, num or heading`, '', run.start, run.end)
    run = undefined
  }

  for (let offset = 0; offset < input.length; offset++) {
    while (offset >= nextLineStart) {
      lineIndex++
      nextLineStart = lineStarts[lineIndex + 1] ?? Infinity
      inMarkupPrefix = true
    }
    covering += coverDelta[offset] ?? 0
    const code = input.charCodeAt(offset)
    if (isWhitespace(code)) continue
    const isMarkup = code === 0x23 /* # */ || code === 0x3e /* > */
    if (!isMarkup) inMarkupPrefix = false

    let kind: 'uncovered' | 'overlap' | undefined
    if (covering === 0) {
      // The scan starts with the covering count at `offset`, which is 0 here.
      const excused = markdown && isMarkup && inMarkupPrefix && lineHasCoveredTextAfter(offset)
      if (!excused) kind = 'uncovered'
    } else if (covering > 1) {
      kind = 'overlap'
    }

    if (kind === undefined) {
      flush()
    } else if (run?.kind === kind) {
      run.end = offset + 1
    } else {
      flush()
      run = { kind, start: offset, end: offset + 1 }
    }
  }
  flush()
}

/** Offsets at which lines start: 0, then after every `\n`, `\r\n` or lone `\r`. */
function findLineStarts(input: string): number[] {
  const starts = [0]
  for (let offset = 0; offset < input.length; offset++) {
    const code = input.charCodeAt(offset)
    if (code === 10) starts.push(offset + 1)
    else if (code === 13) {
      if (input.charCodeAt(offset + 1) === 10) offset++
      starts.push(offset + 1)
    }
  }
  return starts
}

/** The unist point of an offset, found by binary search over the line starts. */
function pointAt(lineStarts: readonly number[], offset: number): Point {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    if ((lineStarts[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1, offset }
}

/** Whether a UTF-16 code unit is whitespace, exactly as `\s` in a JavaScript regular expression. */
function isWhitespace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Keep an offset inside the input, so a problem's own position is always valid. */
function clamp(offset: number, length: number): number {
  return Number.isFinite(offset) ? Math.min(Math.max(Math.trunc(offset), 0), length) : 0
}

/** A short, quoted excerpt of a text for messages. */
function excerpt(text: string): string {
  return JSON.stringify(text.length > 40 ? text.slice(0, 39) + '…' : text)
}
