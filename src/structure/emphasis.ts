/**
 * Markdown emphasis around a heading label: `**Article 1**`, `__Article 1__`, `*Article 4.*`,
 * `**Article 1 – Definitions**`.
 *
 * The marks are read here only to find where a label ends; they stay in the input and in
 * the node's spans (the label's `num.raw` or the title's `heading.text`), so the tree keeps
 * every character. Everything is a bounded scan from a known offset: no pattern, no cost
 * proportional to the line.
 */

const ASTERISK = 42
const UNDERSCORE = 95

/** An opening run of emphasis marks at the start of a line's text. */
export interface OpeningEmphasis {
  /** The mark: `*` or `_` (as a character code). */
  mark: number
  /** How many marks (1 to 3: emphasis, strong, both). */
  length: number
  /** Where the emphasised text starts. */
  inner: number
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0
}

/** The length of the run of `mark` at `at` (at most `limit` looked at). */
function runLength(text: string, at: number, end: number, mark: number, limit: number): number {
  let index = at
  while (index < end && index - at <= limit && text.charCodeAt(index) === mark) index++
  return index - at
}

/**
 * Read an opening run of one to three `*` or `_` that is followed directly by text (as in
 * CommonMark, `* Article` with a space is a list bullet, not emphasis).
 *
 * @param text The input.
 * @param start Where the line's text starts.
 * @param end Where the line's text ends.
 * @returns The run, or undefined when the line does not open with emphasis.
 */
export function openingEmphasis(text: string, start: number, end: number): OpeningEmphasis | undefined {
  const mark = text.charCodeAt(start)
  if (mark !== ASTERISK && mark !== UNDERSCORE) return undefined
  const length = runLength(text, start, end, mark, 3)
  if (length > 3) return undefined
  const inner = start + length
  if (inner >= end || isSpaceOrTab(text.charCodeAt(inner))) return undefined
  return { mark, length, inner }
}

/**
 * Find the run that closes an opening run at `at`, after optional spaces: `**Article 1**`
 * closes right after the number, `*Article 4.*` after the label's punctuation.
 *
 * @param text The input.
 * @param at Where the closing run may start (spaces before it are skipped).
 * @param end Where the line's text ends.
 * @param opening The opening run.
 * @returns The offset just after the closing run, or undefined when there is none there.
 */
export function closingEmphasis(text: string, at: number, end: number, opening: OpeningEmphasis): number | undefined {
  let index = at
  while (index < end && isSpaceOrTab(text.charCodeAt(index))) index++
  const length = runLength(text, index, end, opening.mark, opening.length)
  return length === opening.length ? index + length : undefined
}

/**
 * Whether an opening run is closed by the very end of the line, so that the emphasis wraps
 * the whole line (`**Article 1 – Definitions**`).
 *
 * @param text The input.
 * @param from Where the text after the label starts; the closing run must come after it.
 * @param end Where the line's text ends.
 * @param opening The opening run.
 * @returns True when the line ends with exactly the opening's marks.
 */
export function emphasisWrapsLine(text: string, from: number, end: number, opening: OpeningEmphasis): boolean {
  const closeStart = end - opening.length
  if (closeStart <= from) return false
  for (let index = closeStart; index < end; index++) {
    if (text.charCodeAt(index) !== opening.mark) return false
  }
  return text.charCodeAt(closeStart - 1) !== opening.mark
}
