/**
 * The date a treaty was done, read from its conclusions ("DONE at Washington, the fourth day
 * of April, 1949"), for the FRBR identifiers of the Akoma Ntoso export.
 */
import type { Treaty } from '../../schema/tree.js'

/** Month names, January first. */
const months = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december'
]

/** Day ordinals as words, first to thirty-first. */
const ordinals = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second', 'twenty-third',
  'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth',
  'twenty-ninth', 'thirtieth', 'thirty-first'
]

/** A month's name, as a pattern (months are literal words: no backtracking to speak of). */
const monthPattern = months.join('|')

/** Day (digits or an ordinal word), optional "day of", then the month: "4 April", "the fourth day of April". */
const dayMonth = new RegExp(String.raw`\b(\d{1,2}|[a-z]+(?:-[a-z]+)?)(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(${monthPattern})\b`, 'gi')

/** Month, day, year: "April 4, 1949". */
const monthDayYear = new RegExp(String.raw`\b(${monthPattern})\s+(\d{1,2})(?:st|nd|rd|th)?\s*,\s*(\d{4})\b`, 'gi')

/** What may come between the month and the year: a comma, "in the year". */
const yearLead = /^\s*(?:,\s*)?(?:in\s+the\s+year\s+)?/i

/** Number words up to nineteen. */
const units: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19
}

/** Tens as words. */
const tens: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90
}

/**
 * The first date written in the treaty's conclusions, as `YYYY-MM-DD`.
 *
 * @param doc A treaty tree.
 * @returns The date, or `undefined` when the conclusions give none.
 */
export function doneDate(doc: Treaty): string | undefined {
  for (const child of doc.children) {
    if (child.type !== 'conclusions') continue
    for (const leaf of child.children) {
      const date = findDate(leaf.value)
      if (date !== undefined) return date
    }
  }
  return undefined
}

/** A date found in a text, and where it is written. */
export interface DateSpan {
  /** `YYYY-MM-DD`. */
  date: string
  /** Index of the date's first character in the text. */
  start: number
  /** Index after its last character. */
  end: number
}

/**
 * The first date in a text.
 *
 * @param text Any text.
 * @returns `YYYY-MM-DD`, or `undefined`.
 */
export function findDate(text: string): string | undefined {
  return findDateSpan(text)?.date
}

/**
 * The first date in a text, with where it is written: "the fourth day of April, 1949",
 * "19 June 2024", "April 4, 1949", "this second day of April, two thousand and thirteen".
 *
 * @param text Any text.
 * @returns The date and its span, or `undefined`.
 */
export function findDateSpan(text: string): DateSpan | undefined {
  const found: DateSpan[] = []
  for (const match of text.matchAll(dayMonth)) {
    const after = match.index + match[0].length
    const year = readYear(text.slice(after, after + 120))
    const date = make(year?.year, match[2], match[1])
    if (date !== undefined && year !== undefined) {
      found.push({ date, start: match.index, end: after + year.length })
      break
    }
  }
  for (const match of text.matchAll(monthDayYear)) {
    const date = make(match[3], match[1], match[2])
    if (date !== undefined) {
      found.push({ date, start: match.index, end: match.index + match[0].length })
      break
    }
  }
  found.sort((a, b) => a.start - b.start)
  return found[0]
}

/**
 * The year at the start of a text: four digits, or words ("one thousand nine hundred and
 * forty-nine", "two thousand and thirteen"), after an optional comma or "in the year".
 *
 * @param text The text after a month's name.
 * @returns The year as four digits and how many characters it took, or `undefined`.
 */
export function readYear(text: string): { year: string; length: number } | undefined {
  const lead = yearLead.exec(text)?.[0].length ?? 0
  const digits = /^\d{4}(?!\d)/.exec(text.slice(lead))
  if (digits !== null) return { year: digits[0], length: lead + 4 }
  let total = 0
  let current = 0
  let words = 0
  let end = lead
  let index = lead
  while (index < text.length) {
    let wordStart = index
    while (wordStart < text.length && (text.charAt(wordStart) === '-' || text.charAt(wordStart).trim() === '')) wordStart++
    let wordEnd = wordStart
    while (wordEnd < text.length && isAsciiLetter(text.charCodeAt(wordEnd))) wordEnd++
    const word = text.slice(wordStart, wordEnd).toLowerCase()
    if (word === 'and' && words > 0) {
      index = wordEnd
      continue
    }
    const unit = units[word] ?? tens[word]
    if (unit !== undefined) current += unit
    else if (word === 'hundred') current *= 100
    else if (word === 'thousand') {
      total += current * 1000
      current = 0
    } else break
    words++
    end = wordEnd
    index = wordEnd
  }
  const year = total + current
  return words > 0 && year >= 1000 && year <= 9999 ? { year: String(year), length: end } : undefined
}

/** An ASCII letter's code. */
function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** A `YYYY-MM-DD` date from its written parts, if they make one. */
function make(year: string | undefined, month: string | undefined, day: string | undefined): string | undefined {
  if (year === undefined || month === undefined || day === undefined) return undefined
  const monthIndex = months.indexOf(month.toLowerCase())
  const dayNumber = /^\d+$/.test(day) ? Number(day) : ordinals.indexOf(day.toLowerCase()) + 1
  if (monthIndex === -1 || dayNumber < 1 || dayNumber > 31) return undefined
  return `${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(dayNumber).padStart(2, '0')}`
}
