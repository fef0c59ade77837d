/**
 * Sentences inside a provision's text, found by a single left-to-right scan.
 *
 * A sentence ends at `.`, `!` or `?` followed by white space and a capital, digit, quote or
 * bracket, or glued directly to a capital ("area.Any"), unless the word before is a known
 * abbreviation ("Art.", "No.", "U.S."); a blank line also ends one. Offsets are relative to
 * the text given.
 */

/** A sentence: [start, end) in the text. */
export interface SentenceSpan {
  readonly start: number
  readonly end: number
}

const ABBREVIATIONS = new Set([
  'art', 'arts', 'no', 'nos', 'para', 'paras', 'p', 'pp', 'e.g', 'i.e', 'etc', 'mr', 'mrs', 'dr', 'st', 'cf', 'vol', 'viz', 'inc', 'ltd', 'co', 'u.s', 'u.k', 'u.n', 'sec', 'ch', 'fig'
])

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}

function wordBefore(text: string, dot: number): string {
  let i = dot
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1] ?? '')) i--
  return text.slice(i, dot).toLowerCase()
}

/**
 * Split a text into sentences.
 *
 * @param text A provision's own text (one leaf).
 * @returns The sentences, trimmed of surrounding white space, in order.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  let start = 0
  const push = (end: number): void => {
    let s = start
    let e = end
    while (s < e && /\s/u.test(text[s] ?? '')) s++
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e--
    if (e > s) spans.push({ start: s, end: e })
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '\n') {
      // A blank line ends a sentence.
      let j = i + 1
      while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++
      if (text[j] === '\n') {
        push(i)
        start = j
        i = j
      }
      continue
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue
    const next = text[i + 1]
    let boundary = false
    if (next === undefined) boundary = true
    else if (/\s/u.test(next)) {
      let j = i + 1
      while (j < text.length && /\s/u.test(text[j] ?? '')) j++
      const after = text[j]
      boundary = after === undefined || isUpper(after) || /[\d"“'‘([]/u.test(after)
    } else if (isUpper(next) && /\p{Ll}/u.test(text[i - 1] ?? '')) boundary = true
    if (!boundary) continue
    if (ch === '.') {
      const word = wordBefore(text, i)
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue
    }
    push(i + 1)
    start = i + 1
  }
  push(text.length)
  return spans
}
