/**
 * Inline list labels inside a running sentence: "undertakes not to provide: (a) source …,
 * or (b) equipment …". They count as sub-provisions only when they form a sequence that
 * starts at its first value and each label opens a phrase; labels that are references
 * ("paragraph (b) of this Article", "(a) or (b) in paragraph 1", "(a)-(g)") do not.
 */
import { readingsOf, type Reading } from './numbers.js'
import type { Span } from './markers.js'

/** An inline label found inside a block. */
export interface InlineLabel {
  num: Span
  value: string
  reading: Reading
  /** Where the item's text starts. */
  textStart: number
}

/** Words after which a bracketed label is a reference, not a list label. */
const REFERENCE_WORDS = new Set([
  'article', 'articles', 'paragraph', 'paragraphs', 'subparagraph', 'subparagraphs', 'sub-paragraph',
  'sub-paragraphs', 'point', 'points', 'item', 'items', 'annex', 'section', 'sections', 'chapter', 'part',
  'clause', 'clauses', 'letter', 'letters', 'see', 'under', 'through', 'to'
])

/** Words that, following a bracketed label, show it is cited rather than opening an item. */
const CITING_WORDS = new Set(['or', 'and', 'to', 'of', 'in', 'above', 'below', 'through', 'thereof', 'hereof', 'hereto', 'shall', 'apply', 'applies'])

const INLINE_LABEL = /\([*_]{0,2}([a-z]|[ivx]{1,4}|\d{1,2})[*_]{0,2}\)/y
const WORD_AFTER = /[ \t]+([A-Za-z\u00c0-\u024f'’-]{1,40})/y

/** The word just before `offset` (skipping one run of spaces), lower-cased. */
function wordBefore(text: string, offset: number, floor: number): { word: string; charBefore: string } {
  let index = offset
  while (index > floor && (text.charCodeAt(index - 1) === 32 || text.charCodeAt(index - 1) === 9)) index--
  const charBefore = text.charAt(index - 1)
  let start = index
  while (start > floor && start > index - 30 && /[A-Z-]/i.test(text.charAt(start - 1))) start--
  return { word: text.slice(start, index).toLowerCase(), charBefore }
}

/**
 * Find a run of inline list labels in a span of text.
 *
 * @param text The input.
 * @param start Start of the span.
 * @param end End of the span.
 * @returns The labels of the first run of two or more, or an empty list.
 */
export function findInlineList(text: string, start: number, end: number): InlineLabel[] {
  const candidates: InlineLabel[] = []
  for (let from = start + 1; from < end; ) {
    // Look for "(" within the span only: `indexOf` would run on to the next "(" in the whole
    // input, which made a treaty with many blocks and few brackets quadratic.
    let open = from
    while (open < end && text.charCodeAt(open) !== 40) open++
    if (open >= end) break
    from = open + 1
    const before = text.charCodeAt(open - 1)
    if (before !== 32 && before !== 9) continue
    INLINE_LABEL.lastIndex = open
    const match = INLINE_LABEL.exec(text)
    if (!match || INLINE_LABEL.lastIndex > end) continue
    const labelEnd = INLINE_LABEL.lastIndex
    WORD_AFTER.lastIndex = labelEnd
    const after = WORD_AFTER.exec(text)
    if (!after || WORD_AFTER.lastIndex > end || CITING_WORDS.has((after[1] ?? '').toLowerCase())) continue
    const { word, charBefore } = wordBefore(text, open, start)
    if (REFERENCE_WORDS.has(word) || charBefore === ')' || /\d/.test(charBefore)) continue
    const value = match[1] ?? ''
    for (const reading of readingsOf(value)) {
      candidates.push({ num: { start: open, end: labelEnd }, value, reading, textStart: WORD_AFTER.lastIndex - (after[1] ?? '').length })
    }
  }
  // The first sequence that starts at 1 and runs on by one, in one numbering system.
  for (let index = 0; index < candidates.length; index++) {
    const head = candidates[index] as InlineLabel
    if (head.reading.ordinal !== 1) continue
    const run = [head]
    for (let next = index + 1; next < candidates.length; next++) {
      const candidate = candidates[next] as InlineLabel
      const last = run.at(-1) as InlineLabel
      if (candidate.num.start === last.num.start) continue
      if (candidate.reading.numberClass === head.reading.numberClass && candidate.reading.ordinal === last.reading.ordinal + 1) run.push(candidate)
    }
    if (run.length >= 2) return run
  }
  return []
}
