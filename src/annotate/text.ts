/**
 * Words and their normal forms: the only place where spelling variants are folded.
 *
 * Rules and input text both go through `normalizeWord`, so a cue written in one spelling
 * ("recognise", "defence", "co-operation") matches the other ("recognize", "defense",
 * "cooperation"). Folding is one-way and applied to both sides, so it only has to be
 * consistent, not linguistically right.
 */

/** A word or punctuation mark of the input with its offsets (UTF-16, end exclusive). */
export interface Token {
  /** The text as written. */
  readonly text: string
  /** The folded form that cues are compared with. */
  readonly norm: string
  /** Offset of the first character in the input. */
  readonly start: number
  /** Offset after the last character. */
  readonly end: number
  /** True for punctuation tokens. */
  readonly punct: boolean
}

/**
 * Tokens read by index, built on demand (`Sentence.list`): `at` is undefined outside
 * [0, length), negative indexes included.
 */
export interface TokenList {
  readonly length: number
  at(index: number): Token | undefined
}

/**
 * Fold one word: lower case, no hyphens or apostrophes, British spellings to American.
 *
 * @param word A word as written.
 * @returns Its folded form.
 */
export function normalizeWord(word: string): string {
  const known = memo.get(word)
  if (known !== undefined) return known
  const folded = fold(word)
  // Words repeat a lot; the memo is bounded so a huge vocabulary cannot grow it without end.
  if (memo.size >= 50_000) memo.clear()
  memo.set(word, folded)
  return folded
}

const memo = new Map<string, string>()

function fold(word: string): string {
  let w = word.toLowerCase()
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2)
  w = w.replace(/['’‐‑-]/gu, '')
  if (w.length >= 5) {
    w = w
      .replace(/isation(s?)$/u, 'ization$1')
      .replace(/is(e|ed|es|ing)$/u, 'iz$1')
      .replace(/([^aeiou])ence$/u, (m, c: string) => (c === 'f' || c === 'c' ? `${c}ense` : m))
      .replace(/tre(s?)$/u, 'ter$1')
      .replace(/programme(s?)$/u, 'program$1')
      .replace(/judgement(s?)$/u, 'judgment$1')
  }
  if (w.length >= 6) w = w.replace(/our(s|ed|ing)?$/u, 'or$1')
  return w
}

/** Punctuation that ends a clause for the purpose of gaps: a gap never crosses it. */
export const HARD_STOPS: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?'])
