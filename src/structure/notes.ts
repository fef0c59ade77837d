/**
 * Notes of the source database: lines that a treaty database writes into the text it
 * publishes, such as the status of a provision ("Treedt in werking op een nader te bepalen
 * tijdstip", "Wordt voorlopig toegepast per 01-01-2014"), and which are neither a title nor
 * treaty text. The Dutch treaty database (wetten.overheid.nl) repeats one after the heading of
 * nearly every article, division and annex.
 *
 * A line is a note only when the whole line is one of a closed list of the database's
 * phrases, with its date where the phrase has one: short, fixed wording that no treaty uses
 * for a line of its own. A line that merely repeats after many headings is not enough, since
 * treaties repeat titles ("Definitions" in each instrument of a bilingual file) and one-line
 * articles ("Vervallen.", the text of a lapsed article) too.
 */

// Each phrase must fill the line (trailing spaces and tabs are already trimmed).
// "Treedt in werking op een nader te bepalen tijdstip", "Treedt in werking per 17-08-2014",
// "Wordt voorlopig toegepast per 01-01-2014", "Vervallen per 13-12-2010",
// "De tekst van de vertaling is niet beschikbaar.", "Niet opgenomen."
const STATUS =
  /(?:Treedt in werking (?:op een nader te bepalen tijdstip|per \d{1,2}-\d{1,2}-\d{4})|Wordt voorlopig toegepast (?:per|met ingang van) \d{1,2}-\d{1,2}-\d{4}|Vervallen (?:per|met ingang van) \d{1,2}-\d{1,2}-\d{4}|De tekst van de vertaling is niet beschikbaar|Niet opgenomen)\.?/y

// "Wijzigt het Europees Verdrag betreffende uitlevering; Parijs, 13-12-1957.": which treaty
// an amending instrument amends, ending with where and when that treaty was made.
const AMENDS = /Wijzigt (?:het|de|artikel) /y

/** The longest line read as a note ("Wijzigt …" names a whole treaty). */
const MAX_NOTE_LENGTH = 400

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** Whether a line ends with a four-digit year, then at most two full stops. */
function endsWithYear(text: string, start: number, end: number): boolean {
  let index = end
  while (index > start && end - index < 2 && text.charCodeAt(index - 1) === 46) index--
  if (index - start < 4) return false
  for (let digit = index - 4; digit < index; digit++) if (!isDigit(text.charCodeAt(digit))) return false
  return !isDigit(text.charCodeAt(index - 5))
}

/**
 * Whether a line is a note of the source database rather than treaty text.
 *
 * @param text The input.
 * @param start Where the line's text starts (after indentation).
 * @param end Where the line's text ends (trailing whitespace excluded).
 * @returns True when the whole line is one of the database's status or editorial phrases.
 */
export function isSourceNote(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start)
  // "T", "W", "V", "D", "N": the first letters of the phrases.
  if (first !== 84 && first !== 87 && first !== 86 && first !== 68 && first !== 78) return false
  if (end - start > MAX_NOTE_LENGTH) return false
  STATUS.lastIndex = start
  if (STATUS.test(text) && STATUS.lastIndex === end) return true
  AMENDS.lastIndex = start
  return AMENDS.test(text) && AMENDS.lastIndex < end && endsWithYear(text, start, end)
}
