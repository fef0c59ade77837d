/**
 * Case folding that keeps offsets: the folded string has the same length as the input, so an
 * index found in it is an index into the original text.
 */

/**
 * Lower-case `text` without changing its length. Characters whose lower case is longer
 * (such as "İ") are kept as they are.
 *
 * @param text Any text.
 * @returns The folded text, as long as `text`.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return lower
  let result = ''
  for (const character of text) {
    const folded = character.toLowerCase()
    result += folded.length === character.length ? folded : character
  }
  return result
}
