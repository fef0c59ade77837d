/**
 * Sentences inside a provision's text, found by a single left-to-right scan.
 *
 * A sentence ends at `.`, `!` or `?` followed by white space and a capital, digit, quote or
 * bracket, or glued directly to a capital ("area.Any"), unless the word before is a known
 * abbreviation ("Art.", "No.", "U.S."); a blank line also ends one. Offsets are relative to
 * the text given.
 */
import { isSpace } from '../read/lines.js'

/** A sentence: [start, end) in the text. */
export interface SentenceSpan {
  readonly start: number
  readonly end: number
}

const ABBREVIATIONS = new Set([
  'art', 'arts', 'no', 'nos', 'para', 'paras', 'p', 'pp', 'e.g', 'i.e', 'etc', 'mr', 'mrs', 'dr', 'st', 'cf', 'vol', 'viz', 'inc', 'ltd', 'co', 'u.s', 'u.k', 'u.n', 'sec', 'ch', 'fig'
])

function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const code = ch.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}

/** Is the code unit a letter or a dot (what an abbreviation is made of)? */
function isLetterOrDot(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  if (code < 128) return code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return /\p{L}/u.test(text[i] ?? '')
}

function wordBefore(text: string, dot: number): string {
  let i = dot
  while (i > 0 && isLetterOrDot(text, i - 1)) i--
  return text.slice(i, dot).toLowerCase()
}

/** What may open a sentence besides a capital or a digit. */
const OPENERS = new Set(['"', '“', "'", '‘', '(', '['])

/** `\p{Ll}` for one code unit (false before the start). */
function isLowerLetter(text: string, i: number): boolean {
  if (i < 0) return false
  const code = text.charCodeAt(i)
  if (code < 128) return code >= 97 && code <= 122
  return /\p{Ll}/u.test(text[i] ?? '')
}

/** May a sentence end at the `.`, `!` or `?` at `i`? (The caller has checked the character.) */
function endsSentence(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1)
  if (Number.isNaN(next)) return true
  if (isSpace(next)) {
    let j = i + 1
    while (j < text.length && isSpace(text.charCodeAt(j))) j++
    const after = text[j]
    return after === undefined || isUpper(after) || OPENERS.has(after) || (after >= '0' && after <= '9')
  }
  return isUpper(text[i + 1]) && isLowerLetter(text, i - 1)
}

/** A blank line: two line feeds with only spaces, tabs or carriage returns between. */
const BLANK_LINE = /\n[ \t\r]*\n/gu

/**
 * Where a text has `.`, `!` or `?`.
 *
 * @param text A text.
 * @returns The offsets, ascending.
 */
export function stopsOf(text: string): number[] {
  const out: number[] = []
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 46 || code === 33 || code === 63) out.push(i)
  }
  return out
}

/**
 * Split a text into sentences.
 *
 * @param text A provision's own text (one leaf).
 * @param stops Where the text has `.`, `!` or `?`, ascending, when the caller knows (the
 *   tokenizer does); found here otherwise.
 * @returns The sentences, trimmed of surrounding white space, in order.
 */
export function splitSentences(text: string, stops: readonly number[] = stopsOf(text)): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  let start = 0
  const push = (end: number): void => {
    let s = start
    let e = end
    while (s < e && isSpace(text.charCodeAt(s))) s++
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--
    if (e > s) spans.push({ start: s, end: e })
  }
  // Two kinds of boundary, taken in text order: blank lines and sentence-ending stops.
  BLANK_LINE.lastIndex = 0
  let blank = BLANK_LINE.exec(text)
  for (let k = 0; ; ) {
    const stop = stops[k] ?? Infinity
    if (blank !== null && blank.index < stop) {
      push(blank.index)
      // The next sentence starts at the second line feed.
      start = blank.index + blank[0].length - 1
      blank = BLANK_LINE.exec(text)
      continue
    }
    if (stop === Infinity) break
    k++
    if (!endsSentence(text, stop)) continue
    if (text.charCodeAt(stop) === 46) {
      const word = wordBefore(text, stop)
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue
    }
    push(stop + 1)
    start = stop + 1
  }
  push(text.length)
  return spans
}
