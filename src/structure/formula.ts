/**
 * The enacting formula that closes a preamble: "Have agreed as follows:", "They therefore
 * agree to this North Atlantic Treaty:", "have agreed on the following provisions:".
 */

const AGREE = /\b(?:agreed?|agrees|declare and agree|have resolved|hereby agree)\b/gi

/** How far before the end of the preamble the formula's verb may stand. */
const WINDOW = 200

/**
 * Find where the enacting formula starts in the last recital.
 *
 * @param text The input.
 * @param start Start of the recital.
 * @param end End of the recital.
 * @returns The formula's start offset, or undefined when the recital holds none.
 */
export function findFormula(text: string, start: number, end: number): number | undefined {
  const last = text.charCodeAt(end - 1)
  const tail = text.slice(Math.max(start, end - WINDOW), end)
  if (last !== 58 && !/follows\W*$/i.test(tail)) return undefined
  AGREE.lastIndex = 0
  let verb = -1
  for (let match = AGREE.exec(tail); match; match = AGREE.exec(tail)) verb = match.index
  if (verb < 0) return undefined
  const verbOffset = Math.max(start, end - WINDOW) + verb
  // The formula starts after the last sentence or clause break before its verb.
  let index = verbOffset
  while (index > start) {
    const code = text.charCodeAt(index - 1)
    if (code === 46 || code === 59 || code === 44 || code === 10 || code === 13) break
    index--
  }
  while (index < verbOffset && /\s/.test(text.charAt(index))) index++
  return index
}
