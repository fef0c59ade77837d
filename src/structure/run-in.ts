/**
 * Run-in titles: a heading line whose title and body share the line, as in
 *
 * - `Section 12.  *Special Commission*  On all loans … the latter shall charge …` (the
 *   title set off by emphasis),
 * - `Section 2. Limitations on Commitments. The Bank shall restrict …` (a title-cased title
 *   ended by a full stop), and
 * - `Section 1. - Participating CertificatesThe Fund shall issue …` (the title glued to the
 *   body where the source lost a line break).
 *
 * Only strong evidence splits a line; anything else stays the body, as before. Every test is
 * a bounded scan of character codes from the start of the text after the label: the title
 * must come within `MAX_TITLE_LENGTH` characters and the verb that shows a sentence within
 * `MAX_VERB_WORDS` words, so the cost never depends on how long the line is.
 */
import { closingEmphasis, openingEmphasis } from './emphasis.js'
import type { Span } from './markers.js'
import { isLower, isTitleCased, isTitleLike, isUpper } from './titles.js'

/** Where a run-in title ends and the body after it starts. */
export interface RunIn {
  /** The title, emphasis marks included: "*Special Commission*", "- Participating Certificates". */
  title: Span
  /** Where the body starts: "On all loans …", "The Fund shall issue …". */
  bodyStart: number
}

/** The longest run-in title looked for (in characters, from the start of the text). */
const MAX_TITLE_LENGTH = 150
/** The most words a run-in title may have. */
const MAX_TITLE_WORDS = 12
/** How far into the body a glued sentence must show its verb. */
const MAX_VERB_WORDS = 40
/** How far into the body a glued sentence that does not open with a known word must show its modal verb. */
const MAX_MODAL_WORDS = 12
/**
 * The fewest lower-case letters before a glue point. Names in camel case have one or two
 * ("McDonald", "MacArthur", "LeBlanc", "DuPont", "eBay"); a title word glued to the next
 * sentence ends a real word ("Certificates|The").
 */
const MIN_LOWER_RUN = 3
/** The most glue points tried on a line: a title holds one or two names in camel case at most. */
const MAX_GLUE_POINTS = 3

/** English words that open a sentence of treaty text (a glued body must start with one, or reach a modal verb soon). */
const OPENERS = new Set([
  'The', 'This', 'These', 'Those', 'Each', 'Every', 'Any', 'All', 'No', 'A', 'An', 'Such', 'Its', 'Their',
  'In', 'If', 'Where', 'When', 'Whenever', 'Should', 'Pending', 'After', 'Before', 'As', 'For', 'On', 'Upon',
  'Unless', 'Until', 'Subject', 'Notwithstanding', 'Without', 'Except', 'Save', 'Nothing', 'Neither', 'During', 'Within', 'To'
])
/** Modal verbs: the mark of a sentence of obligation or power. */
const MODALS = new Set(['shall', 'may', 'must', 'will', 'should', 'can', 'cannot'])
/** Finite verbs that show the words after an opener are a sentence (the modals, and the verbs `titles.ts` looks for). */
const VERBS = new Set([...MODALS, 'is', 'are', 'was', 'were', 'has', 'have', 'undertake', 'undertakes', 'agree', 'agrees'])

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0
}

/**
 * Find a run-in title at the start of the text after a heading's label.
 *
 * @param text The input.
 * @param rest The text after the label, on the label's line.
 * @returns The title and where the body starts, or undefined when the line gives no strong
 *   evidence of both.
 */
export function findRunInTitle(text: string, rest: Span): RunIn | undefined {
  return emphasisedTitle(text, rest) ?? stoppedTitle(text, rest) ?? gluedTitle(text, rest)
}

/**
 * `Limitations on Commitments. The Bank shall restrict …`: a title ended by the first full
 * stop on the line. A full stop also ends the first sentence of a body on the label's line
 * ("Section 4. The Bank may …"), so the text before it must be a title in title case
 * (`isTitleCased`: "Standard of Care", not "The Bank may borrow") and the text after it
 * must read as a sentence, as for a glued title. An abbreviation ("U.S. Obligations. The …")
 * ends the looked-for title too early and the line is left whole.
 */
function stoppedTitle(text: string, rest: Span): RunIn | undefined {
  const limit = Math.min(rest.end - 1, rest.start + MAX_TITLE_LENGTH)
  let stop = rest.start
  while (stop < limit && !(text.charCodeAt(stop) === 46 && isSpaceOrTab(text.charCodeAt(stop + 1)))) stop++
  if (stop >= limit) return undefined
  const title = { start: rest.start, end: stop }
  if (!isTitleLike(text, title, MAX_TITLE_WORDS) || !isTitleCased(text, title)) return undefined
  let bodyStart = stop + 1
  while (bodyStart < rest.end && isSpaceOrTab(text.charCodeAt(bodyStart))) bodyStart++
  if (bodyStart >= rest.end || !isUpper(text.charCodeAt(bodyStart)) || !readsAsSentence(text, bodyStart, rest.end)) return undefined
  return { title: { start: rest.start, end: stop + 1 }, bodyStart }
}

/**
 * Whether the text after a heading's label is a title ended by a full stop and nothing
 * else ("Voting.", "Instruments of Contribution."): title-like once the stop is dropped,
 * and in title case, since "Deleted." or "The Bank may borrow." are text.
 *
 * @param text The input.
 * @param rest The text after the label.
 * @returns True when it reads as a title.
 */
export function isStoppedTitle(text: string, rest: Span): boolean {
  if (rest.end - rest.start < 2 || text.charCodeAt(rest.end - 1) !== 46) return false
  const title = { start: rest.start, end: rest.end - 1 }
  return isTitleLike(text, title, MAX_TITLE_WORDS) && isTitleCased(text, title)
}

/**
 * `*Special Commission*  On all loans …`: an emphasised title, closed on the line and
 * followed by a space and a capital. The emphasis marks where the title ends exactly, so
 * the title only has to read as one (short, no verb); a closing full stop inside or after
 * the marks belongs to the title.
 */
function emphasisedTitle(text: string, rest: Span): RunIn | undefined {
  const opening = openingEmphasis(text, rest.start, rest.end)
  if (!opening) return undefined
  const limit = Math.min(rest.end, rest.start + MAX_TITLE_LENGTH)
  let close = opening.inner
  while (close < limit && text.charCodeAt(close) !== opening.mark) close++
  if (close >= limit) return undefined
  let innerEnd = close
  if (text.charCodeAt(innerEnd - 1) === 46) innerEnd--
  if (isSpaceOrTab(text.charCodeAt(innerEnd - 1))) return undefined
  // The closing run must match the opening one exactly ("**Title**", not "**Title*").
  let titleEnd = closingEmphasis(text, close, rest.end, opening)
  if (titleEnd === undefined) return undefined
  if (text.charCodeAt(titleEnd) === 46) titleEnd++
  if (!isTitleLike(text, { start: opening.inner, end: innerEnd }, MAX_TITLE_WORDS)) return undefined
  let bodyStart = titleEnd
  while (bodyStart < rest.end && isSpaceOrTab(text.charCodeAt(bodyStart))) bodyStart++
  if (bodyStart === titleEnd || bodyStart >= rest.end || !isUpper(text.charCodeAt(bodyStart))) return undefined
  return { title: { start: rest.start, end: titleEnd }, bodyStart }
}

/**
 * `- Participating CertificatesThe Fund shall issue …`: a title glued to its body. The
 * glue point is a lower-case letter that ends a word of at least `MIN_LOWER_RUN` lower-case
 * letters, followed by a capitalised word. It splits the line only when
 *
 * - the text before it reads as a title (`isTitleLike`, at most `MAX_TITLE_WORDS` words), and
 * - the text after it reads as a sentence: its first word is a common sentence opener
 *   ("The", "No", "In", "Whenever") and a finite verb follows within `MAX_VERB_WORDS`
 *   words, or a modal verb ("shall", "may") follows within `MAX_MODAL_WORDS` words with no
 *   punctuation and no other glue point before it ("Loans made by the Fund shall").
 *
 * Acronyms ("NATO") have no lower-case letter before the capital, names in camel case
 * ("McDonald", "MacArthur") too few, and OCR slips inside a word ("PrincipIes") are not
 * followed by a sentence. The first glue point that passes is taken, and at most
 * `MAX_GLUE_POINTS` are tried, so a line costs a bounded amount of work whatever it holds.
 */
function gluedTitle(text: string, rest: Span): RunIn | undefined {
  const limit = Math.min(rest.end - 1, rest.start + MAX_TITLE_LENGTH)
  let lowerRun = 0
  let tried = 0
  for (let index = rest.start; index < limit && tried < MAX_GLUE_POINTS; index++) {
    const code = text.charCodeAt(index)
    if (lowerRun >= MIN_LOWER_RUN && isUpper(code) && isLower(text.charCodeAt(index + 1))) {
      tried++
      if (readsAsSentence(text, index, rest.end) && isTitleLike(text, { start: rest.start, end: index }, MAX_TITLE_WORDS)) {
        return { title: { start: rest.start, end: index }, bodyStart: index }
      }
    }
    lowerRun = isLower(code) ? lowerRun + 1 : 0
  }
  return undefined
}

/**
 * Whether the text at `start` opens a sentence: an opener followed by a finite verb, or any
 * capitalised word followed soon by a modal verb in the same clause.
 */
function readsAsSentence(text: string, start: number, end: number): boolean {
  const words = wordsFrom(text, start, end, MAX_VERB_WORDS)
  const first = words[0]
  if (first === undefined) return false
  if (OPENERS.has(first.word)) return words.slice(1).some((word) => VERBS.has(word.word.toLowerCase()))
  for (let index = 1; index < Math.min(words.length, MAX_MODAL_WORDS + 1); index++) {
    const word = words[index] as Word
    if (MODALS.has(word.word)) return true
    // The clause ends, or another glue point shows the title had not ended yet.
    if (word.afterPunctuation || word.glued) return false
  }
  return false
}

interface Word {
  /** The word's letters. */
  word: string
  /** Punctuation stands between this word and the one before it. */
  afterPunctuation: boolean
  /** The word holds a lower-case letter followed by a capital ("VisaThe"). */
  glued: boolean
}

/** The words (runs of letters) from `start`, at most `max` of them within `max * 20` characters. */
function wordsFrom(text: string, start: number, lineEnd: number, max: number): Word[] {
  const words: Word[] = []
  const end = Math.min(lineEnd, start + max * 20)
  let index = start
  let punctuation = false
  while (index < end && words.length < max) {
    const code = text.charCodeAt(index)
    if (!isLower(code) && !isUpper(code)) {
      if (!isSpaceOrTab(code) && code !== 39 && code !== 0x2019 && code !== 45) punctuation = true
      index++
      continue
    }
    const wordStart = index
    let glued = false
    while (index < end && (isLower(text.charCodeAt(index)) || isUpper(text.charCodeAt(index)))) {
      if (index > wordStart && isUpper(text.charCodeAt(index)) && isLower(text.charCodeAt(index - 1))) glued = true
      index++
    }
    words.push({ word: text.slice(wordStart, index), afterPunctuation: punctuation, glued })
    punctuation = false
  }
  return words
}
