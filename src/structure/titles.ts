/**
 * Is a line a title? The shape of a line alone (`isTitleLike`), and, for the line after an
 * article heading, what the line after it says (`titleEvidence`).
 *
 * A title and an article's first words can look alike: "Definitions" and "For the purposes
 * of this Convention" are both short, capitalised and unpunctuated. What tells them apart is
 * what follows. A title is followed by the article's body, which starts a sentence ("For the
 * purposes…", "1. The Parties…"); an unpunctuated intro runs on into its list ("(a) the term
 * …"), and a one-line article ("Deleted") is followed by nothing of its own at all.
 */
import type { Block } from './blocks.js'
import type { Span } from './markers.js'

// Any case: a line in capitals is a sentence too ("THE PARTIES SHALL CONSULT").
const SENTENCE_VERB = /\b(?:shall|will|may|must|should|is|are|was|were|has|have|undertakes?|agrees?)\b/i
const WORD = /\S+/g

/**
 * Words a title does not end with and title case leaves in lower case, in the languages of
 * the bilingual texts (English, Dutch, French, German, Spanish). A line that ends with one
 * breaks off a sentence ("… in accordance with its").
 */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'upon', 'under',
  'and', 'or', 'nor', 'but', 'as', 'than', 'that', 'which', 'who', 'whose', 'its', 'their', 'his', 'her',
  'this', 'these', 'those', 'such', 'any', 'each', 'every', 'all', 'other', 'between', 'within', 'without',
  'de', 'het', 'een', 'van', 'voor', 'met', 'en', 'op', 'aan', 'door', 'die', 'dat', 'tot', 'bij', 'te', 'om',
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'et', 'ou', 'à', 'au', 'aux', 'par', 'pour', 'sur', 'dans', 'que', 'qui',
  'der', 'das', 'den', 'dem', 'ein', 'eine', 'und', 'oder', 'von', 'zu', 'mit', 'für', 'auf',
  'el', 'los', 'las', 'y', 'o', 'del', 'con', 'por', 'para'
])

/** Most words a title-cased line may have to count as a strong title. */
const STRONG_TITLE_WORDS = 10

/**
 * Is a UTF-16 code unit a lower-case Latin letter (ASCII or Latin-1)?
 *
 * @param code The code unit.
 * @returns True for a–z and ß–ÿ (not ÷).
 */
export function isLower(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7)
}

/**
 * Is a UTF-16 code unit an upper-case Latin letter (ASCII or Latin-1)?
 *
 * @param code The code unit.
 * @returns True for A–Z and À–Þ (not ×).
 */
export function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)
}

/**
 * Whether a line of text reads like a title rather than a sentence: short, capitalised,
 * no closing sentence punctuation and no finite verb of obligation.
 *
 * @param text The input.
 * @param span The candidate line.
 * @param maxWords The most words a title may have.
 * @returns True when the line reads like a title.
 */
export function isTitleLike(text: string, span: Span, maxWords = 25): boolean {
  const length = span.end - span.start
  if (length <= 0 || length > 250) return false
  const value = text.slice(span.start, span.end)
  const first = value.charCodeAt(0)
  if ((first >= 97 && first <= 122) || first === 40 || first === 91) return false
  const last = value.charCodeAt(value.length - 1)
  if (last === 46 || last === 59 || last === 44 || last === 58) return false
  if (value.includes('\n') || value.includes('\r')) return false
  WORD.lastIndex = 0
  let words = 0
  while (WORD.exec(value)) words++
  if (words > maxWords) return false
  return !SENTENCE_VERB.test(value)
}

/**
 * Whether a line is written in capitals: it has letters, and none of them is lower case.
 *
 * @param text The input.
 * @param span The line.
 * @returns True for "AGREEMENT BETWEEN …", false for "Agreement between …".
 */
export function isCapitals(text: string, span: Span): boolean {
  let letters = 0
  for (let i = span.start; i < span.end; i++) {
    const code = text.charCodeAt(i)
    if (isUpper(code)) letters++
    else if (isLower(code)) return false
    else if (code > 0xff) {
      const ch = text.charAt(i)
      if (ch !== ch.toUpperCase()) return false
      if (ch !== ch.toLowerCase()) letters++
    }
  }
  return letters > 0
}

/** How strongly a line reads as the title of the article heading above it. */
export type TitleEvidence = 'none' | 'plain' | 'strong'

function isLetterOrDigit(code: number): boolean {
  return isLower(code) || isUpper(code) || (code >= 48 && code <= 57) || code > 0xff
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0
}

/** The longest function word; a longer word is never one. */
const LONGEST_FUNCTION_WORD = 7

/** Whether the letters and digits of a word (quotes, brackets and emphasis left out) are a function word. */
function isFunctionWord(text: string, start: number, end: number): boolean {
  return end - start <= LONGEST_FUNCTION_WORD && FUNCTION_WORDS.has(text.slice(start, end).toLowerCase())
}

/**
 * Read the words of a title-like line in one pass: whether it ends as no title does (with a
 * dash or a function word that breaks off a sentence, or with sentence punctuation inside
 * closing emphasis) and whether it is title-cased (every word but function words
 * capitalised, which includes a single word and a line in capitals).
 */
function readWords(text: string, span: Span): { breaksOff: boolean; titleCased: boolean } {
  let words = 0
  let titleCased = true
  let lastStart = span.start
  let lastEnd = span.start
  let index = span.start
  while (index < span.end) {
    while (index < span.end && isWhitespace(text.charCodeAt(index))) index++
    if (index >= span.end) break
    const wordStart = index
    while (index < span.end && !isWhitespace(text.charCodeAt(index))) index++
    words++
    lastStart = wordStart
    lastEnd = index
    let bareStart = wordStart
    let bareEnd = index
    while (bareStart < bareEnd && !isLetterOrDigit(text.charCodeAt(bareStart))) bareStart++
    while (bareEnd > bareStart && !isLetterOrDigit(text.charCodeAt(bareEnd - 1))) bareEnd--
    if (titleCased && bareStart < bareEnd && isLower(text.charCodeAt(bareStart)) && !isFunctionWord(text, bareStart, bareEnd)) titleCased = false
  }
  // Look past closing emphasis: "*Reparations.*" ends with a full stop all the same.
  let lastIndex = lastEnd - 1
  while (lastIndex > lastStart && (text.charCodeAt(lastIndex) === 42 || text.charCodeAt(lastIndex) === 95)) lastIndex--
  const lastCode = text.charCodeAt(lastIndex)
  const open = lastCode === 45 || lastCode === 0x2013 || lastCode === 0x2014 || lastCode === 46 || lastCode === 44 || lastCode === 59 || lastCode === 58
  let bareStart = lastStart
  let bareEnd = lastEnd
  while (bareStart < bareEnd && !isLetterOrDigit(text.charCodeAt(bareStart))) bareStart++
  while (bareEnd > bareStart && !isLetterOrDigit(text.charCodeAt(bareEnd - 1))) bareEnd--
  const semicolon = text.slice(span.start, span.end).includes(';')
  return {
    breaksOff: open || isFunctionWord(text, bareStart, bareEnd),
    titleCased: titleCased && words <= STRONG_TITLE_WORDS && !semicolon
  }
}

/**
 * Whether a title-like span is title-cased: every word but function words capitalised, at
 * most ten words, no semicolon ("Limitations on Commitments", "Voting"), and it does not
 * break off after a function word or a dash. Used where punctuation alone would not tell a
 * title from a sentence ("Section 2. Limitations on Commitments. The Bank shall …").
 *
 * @param text The input.
 * @param span The candidate title, without its closing full stop.
 * @returns True when the span reads as a title in title case.
 */
export function isTitleCased(text: string, span: Span): boolean {
  const { breaksOff, titleCased } = readWords(text, span)
  return titleCased && !breaksOff
}

/** Whether text at an offset starts in lower case, looking past an opening quote. */
function startsLowerCase(text: string, offset: number, end: number): boolean {
  let index = offset
  const code = text.charCodeAt(index)
  if (code === 34 || code === 39 || code === 0x201c || code === 0x2018 || code === 0x201e || code === 0xab) index++
  return index < end && isLower(text.charCodeAt(index))
}

/**
 * Whether the block after a candidate title starts the article's body: a sentence or a
 * numbered paragraph, not the rest of a sentence or a list that an intro leads into, and
 * not the next heading (then the candidate is the whole article: "Deleted").
 */
function startsBody(text: string, next: Block | undefined, opensSection: boolean): boolean {
  if (next === undefined) return false
  if (next.opaque || next.heading > 0) return true
  const marker = next.marker
  if (marker === undefined) return !startsLowerCase(text, next.start, next.end)
  // "Article IV" / "Obligations Regarding Exchange Arrangements" / "Section 1. …": the article's
  // text is divided into sections, and the line between is its title (`sections.ts`).
  if (marker.kind === 'division') return opensSection
  if (marker.kind !== 'label' && marker.kind !== 'decimal') return false
  return !startsLowerCase(text, marker.rest.start, marker.rest.end)
}

/**
 * How strongly a block after an article heading reads as the article's title.
 *
 * - `none`: not a title: not title-like, broken off mid-sentence, or not followed by a body
 *   of its own (an intro that runs on into its list, a one-line article).
 * - `plain`: a title where the treaty titles its articles ("Use of terms").
 * - `strong`: title-cased and short ("Definitions", "Settlement of Disputes"), and followed by
 *   a body: a title even where most articles have none.
 *
 * Markdown headings are titles whatever they say, and are not judged here.
 *
 * @param text The input.
 * @param block The block right after the heading.
 * @param next The block after that, if any.
 * @param opensSection `next` opens a section of the article (`sections.ts`), which is a body too.
 * @returns The evidence.
 */
export function titleEvidence(text: string, block: Block, next: Block | undefined, opensSection = false): TitleEvidence {
  if (block.opaque || block.lines !== 1 || (block.marker !== undefined && block.marker.kind !== 'annex')) return 'none'
  const span = { start: block.start, end: block.end }
  if (!startsBody(text, next, opensSection) || !isTitleLike(text, span, 25)) return 'none'
  const { breaksOff, titleCased } = readWords(text, span)
  if (breaksOff) return 'none'
  return titleCased ? 'strong' : 'plain'
}
