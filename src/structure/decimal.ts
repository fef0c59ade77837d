/**
 * Decimal paragraph labels: "1.1", "2.3.1." at the start of a line, which number a
 * provision by its place in a hierarchy (2.3.1 is the first item under 2.3, which is the third
 * under 2, which is paragraph 2 or Article 2).
 *
 * A line that starts with a decimal number is not always a label ("2.5 per cent of…",
 * "1.153 tanks", a date), so they count only in a document that numbers its paragraphs this
 * way (`usesDecimalNumbering`, decided once), and only where the hierarchy has a place for them
 * (the builder finds the parent; a number that fits nowhere stays text).
 */
import { romanValue } from './numbers.js'

/** A decimal label at the start of a line: "2.3.1." → parts [2, 3, 1]. */
export interface DecimalMarker {
  kind: 'decimal'
  /** The label as written, with its closing "." or ")": "2.3.1.". */
  num: { start: number; end: number }
  /** The label without its closing punctuation: "2.3.1". */
  value: string
  /** The numbers of the label, outermost first. */
  parts: number[]
  /** The text after the label on its line. */
  rest: { start: number; end: number }
}

// Two to six numbers of one to three digits; the closing "." or ")" is optional.
const DECIMAL_LABEL = /\d{1,3}(?:\.\d{1,3}){1,5}/y

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0
}

/** What may follow a decimal label directly: a letter (glued "3.2Where"), emphasis or a quote. */
function mayFollowGlued(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code > 0xbf ||
    code === 42 ||
    code === 95 ||
    code === 34 ||
    code === 0x201c ||
    code === 0x2018
  )
}

/**
 * Read a decimal label at the start of a line: "1.1", "1.1.", "2.3.1)", "3.2Where".
 *
 * @param text The input.
 * @param start Where the line's text starts.
 * @param end Where the line's text ends.
 * @returns The label, or undefined when the line does not start with one.
 */
export function matchDecimalLabel(text: string, start: number, end: number): DecimalMarker | undefined {
  // Most lines that start with a digit are "1." labels: reject them before the pattern runs.
  let digitsEnd = start
  while (digitsEnd < end && digitsEnd - start < 3 && isDigit(text.charCodeAt(digitsEnd))) digitsEnd++
  if (digitsEnd === start || text.charCodeAt(start) === 48 || text.charCodeAt(digitsEnd) !== 46 || !isDigit(text.charCodeAt(digitsEnd + 1))) return undefined
  DECIMAL_LABEL.lastIndex = start
  if (!DECIMAL_LABEL.test(text) || DECIMAL_LABEL.lastIndex > end) return undefined
  const valueEnd = DECIMAL_LABEL.lastIndex
  const value = text.slice(start, valueEnd)
  const parts: number[] = []
  for (const part of value.split('.')) {
    // "1.05" or "12.03.1998" is a number or a date, not a label.
    if (part.charCodeAt(0) === 48) return undefined
    parts.push(Number.parseInt(part, 10))
  }
  let numEnd = valueEnd
  const closing = text.charCodeAt(numEnd)
  if (numEnd < end && (closing === 46 || closing === 41)) numEnd++
  if (numEnd < end) {
    const next = text.charCodeAt(numEnd)
    if (!isSpaceOrTab(next) && !mayFollowGlued(next)) return undefined
  }
  let restStart = numEnd
  while (restStart < end && isSpaceOrTab(text.charCodeAt(restStart))) restStart++
  return { kind: 'decimal', num: { start, end: numEnd }, value, parts, rest: { start: restStart, end } }
}

/**
 * Whether `next` is where a decimal sequence goes after `previous`: its first child (1.2 →
 * 1.2.1), its next sibling (1.2 → 1.3), or the first item under a later number at any level
 * (1.2.3 → 1.3, 1.2 → 2.1).
 */
function follows(previous: readonly number[], next: readonly number[]): boolean {
  let shared = 0
  while (shared < previous.length && shared < next.length && previous[shared] === next[shared]) shared++
  if (shared === previous.length) return next.length === previous.length + 1 && next[shared] === 1
  if (shared === next.length || next[shared] !== (previous[shared] ?? 0) + 1) return false
  for (let index = shared + 1; index < next.length; index++) if (next[index] !== 1) return false
  return true
}

/**
 * Whether a document numbers its paragraphs with decimal labels: at least two of the
 * decimal labels at line starts follow the one before them, and at least half do.
 * "2.5 per cent" or "1.153 tanks" at the start of a line almost never do.
 *
 * @param labels The parts of every decimal label at a line start, in document order.
 * @returns True when decimal labels are this document's numbering.
 */
export function usesDecimalNumbering(labels: readonly (readonly number[])[]): boolean {
  let fits = 0
  for (let index = 1; index < labels.length; index++) {
    if (follows(labels[index - 1] as readonly number[], labels[index] as readonly number[])) fits++
  }
  return fits >= 2 && fits * 2 >= labels.length - 1
}

/**
 * The numbers an article or paragraph number stands for in a decimal hierarchy: "5" → [5],
 * "V" → [5], "11.1" → [11, 1]; undefined for anything else ("14 bis").
 *
 * @param value A cleaned number.
 * @returns Its parts, or undefined.
 */
export function decimalPath(value: string): number[] | undefined {
  if (/^\d{1,4}(?:\.\d{1,3})*$/.test(value)) return value.split('.').map((part) => Number.parseInt(part, 10))
  const roman = romanValue(value)
  return roman === undefined ? undefined : [roman]
}

/**
 * Whether two number paths are equal.
 *
 * @param left One path.
 * @param right The other.
 * @returns True when they have the same numbers.
 */
export function samePath(left: readonly number[], right: readonly number[]): boolean {
  return left.length === right.length && left.every((part, index) => part === right[index])
}
