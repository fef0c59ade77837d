/**
 * Comparable keys for provision numbers, so that "4", "IV" and "iv." name the same article.
 */
import { isRomanDigit, romanValue } from '../structure/numbers.js'

/** Characters trimmed from both ends of a number before comparing. */
const edgePunctuation = new Set(['.', ',', ':', ';', '(', ')', '[', ']', '-', '–', '—'])

/**
 * The key a provision number compares by: a leading arabic or roman numeral becomes its
 * decimal value, the rest ("bis", "A") is lower-cased with whitespace collapsed.
 *
 * @example
 * numKey('IV') // '4'
 * numKey('14 bis') === numKey('XIV bis') // true
 *
 * @param value A cleaned num value ("4", "IV", "14 bis") or a label as written ("IV.").
 * @returns The key.
 */
export function numKey(value: string): string {
  const text = trimEdges(value).toLowerCase()
  let end = 0
  if (isDigit(text.charAt(0))) {
    while (end < text.length && isDigit(text.charAt(end))) end++
    return join(String(Number(text.slice(0, end))), text.slice(end))
  }
  while (end < text.length && isRomanDigit(text.charAt(end))) end++
  const roman = end > 0 ? romanValue(text.slice(0, end)) : undefined
  // "Civ" would read as a numeral and a word; only a numeral that ends a token counts.
  if (roman !== undefined && !isLetter(text.charAt(end))) return join(String(roman), text.slice(end))
  return join(text, '')
}

/** A numeral and its suffix, with the suffix's whitespace collapsed. */
function join(head: string, tail: string): string {
  const words = tail.split(' ').filter((word) => word !== '')
  return [head, ...words].join(' ')
}

/** Trim whitespace and edge punctuation. */
function trimEdges(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && isEdge(value.charAt(start))) start++
  while (end > start && isEdge(value.charAt(end - 1))) end--
  return value.slice(start, end).replaceAll('\t', ' ').replaceAll('\n', ' ')
}

/** Whitespace or punctuation that does not belong to a number. */
function isEdge(character: string): boolean {
  return character.trim() === '' || edgePunctuation.has(character)
}

/** An ASCII digit. */
function isDigit(character: string): boolean {
  return character >= '0' && character <= '9'
}

/** A letter of any script. */
function isLetter(character: string): boolean {
  return character !== '' && character.toLowerCase() !== character.toUpperCase()
}

/** "Article", "Art." or "Articles" before a number, as people write it ("Article IV"). */
const articleWord = /^\s*art(?:icles?|\.)?\s+/i

/**
 * The key of an article number as a person may write it: like `numKey`, after dropping a
 * leading "Article" or "Art." ("Article IV" and "4" have the same key).
 *
 * @param value "4", "IV", "Article IV", "Art. 4".
 * @returns The key.
 */
export function articleKey(value: string): string {
  return numKey(value.replace(articleWord, ''))
}
