/**
 * Nouns and the words that point back at them: what the caveat-lending passes use to tell
 * which clause a sentence without one goes on from ("such agreements", "this right", "The
 * agreement … after "a special agreement").
 */
import type { Sentence } from './source.js'

/** Words that point back at something named before ("such measures", "the said conference"). */
export const BACK_REFERENCES: ReadonlySet<string> = new Set(['such', 'said', 'these', 'those', 'aforementioned', 'aforesaid'])
/** Articles, which may stand between a pointing word and its noun. */
export const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the'])

/**
 * The singular of a folded noun, by its regular ending ("agreements" → "agreement",
 * "agencies" → "agency"; "access" stays).
 *
 * @param word A folded word.
 * @returns Its singular.
 */
export function singularOf(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y'
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
}

/**
 * The plural of a singular noun, as `singularOf` undoes it.
 *
 * @param noun A folded singular noun.
 * @returns Its plural.
 */
export function pluralOf(noun: string): string {
  return noun.endsWith('y') ? noun.slice(0, -1) + 'ies' : noun + 's'
}

/**
 * Does a sentence name a noun, singular or plural, among its words?
 *
 * @param sentence The sentence.
 * @param noun A folded singular noun.
 * @returns True when it does.
 */
export function sentenceNames(sentence: Sentence, noun: string): boolean {
  const plural = pluralOf(noun)
  for (let i = 0; i < sentence.length; i++) {
    const norm = sentence.norm(i)
    if (norm === noun || norm === plural) return true
  }
  return false
}
