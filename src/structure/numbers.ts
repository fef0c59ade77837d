/**
 * Numbering systems of treaty labels, and how one label follows another.
 */

/** The numbering systems labels use. */
export type NumberClass = 'arabic' | 'lower-alpha' | 'upper-alpha' | 'lower-roman' | 'upper-roman'

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 }

/**
 * The value of a roman numeral, or undefined when it is not a well-formed one.
 *
 * @param text Letters, any case.
 * @returns The value (1–3999) or undefined.
 */
export function romanValue(text: string): number | undefined {
  const lower = text.toLowerCase()
  if (lower.length === 0 || lower.length > 15) return undefined
  let total = 0
  for (let index = 0; index < lower.length; index++) {
    const value = ROMAN_VALUES[lower.charAt(index)]
    if (value === undefined) return undefined
    const next = ROMAN_VALUES[lower.charAt(index + 1)] ?? 0
    total += value < next ? -value : value
  }
  // Reject malformed numerals ("iiii", "vx") by writing the value back out.
  return toRoman(total) === lower ? total : undefined
}

/**
 * Write a number as a lower-case roman numeral.
 *
 * @param value The number.
 * @returns The numeral, or undefined when the number is not an integer from 1 to 3999.
 */
export function toRoman(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 1 || value > 3999) return undefined
  const table: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']
  ]
  let rest = value
  let out = ''
  for (const [amount, numeral] of table) {
    while (rest >= amount) {
      out += numeral
      rest -= amount
    }
  }
  return out
}

/**
 * Whether a character is a roman digit (i, v, x, l, c, d, m in either case).
 *
 * @param character One character.
 * @returns True for a roman digit.
 */
export function isRomanDigit(character: string): boolean {
  return ROMAN_VALUES[character.toLowerCase()] !== undefined
}

/** Ordinal of a letter label: a = 1 … z = 26, aa = 27, bb = 28 …; undefined otherwise. */
function alphaOrdinal(text: string): number | undefined {
  const lower = text.toLowerCase()
  const first = lower.charCodeAt(0) - 96
  if (first < 1 || first > 26) return undefined
  if (lower.length === 1) return first
  if (lower.length === 2 && lower.charAt(1) === lower.charAt(0)) return 26 + first
  return undefined
}

/** One way of reading a label: its numbering system and its place in the sequence. */
export interface Reading {
  numberClass: NumberClass
  ordinal: number
}

/**
 * Every reading of a label's value: "i" is both the letter after "h" and roman one.
 *
 * @param value The label without brackets or dots ("c", "ii", "12").
 * @returns The readings, the most usual first; empty when the value is no label.
 */
export function readingsOf(value: string): Reading[] {
  const readings: Reading[] = []
  const code = value.charCodeAt(0)
  if (code >= 48 && code <= 57) {
    const ordinal = Number.parseInt(value, 10)
    if (String(ordinal) === value || /^0+[1-9]?$/.test(value)) readings.push({ numberClass: 'arabic', ordinal })
    return readings
  }
  const upper = value === value.toUpperCase()
  const alpha = alphaOrdinal(value)
  const roman = romanValue(value)
  // A multi-letter roman numeral ("ii", "iv") is far more usual than a doubled letter ("ii" as the 35th).
  if (roman !== undefined && value.length > 1) readings.push({ numberClass: upper ? 'upper-roman' : 'lower-roman', ordinal: roman })
  if (alpha !== undefined) readings.push({ numberClass: upper ? 'upper-alpha' : 'lower-alpha', ordinal: alpha })
  if (roman !== undefined && value.length === 1) readings.push({ numberClass: upper ? 'upper-roman' : 'lower-roman', ordinal: roman })
  return readings
}

/**
 * Compare two article or division numbers for ordering diagnostics.
 *
 * @param value A cleaned number ("4", "IV", "14 bis").
 * @returns Its ordinal (arabic or roman), or undefined when it has none.
 */
export function numberOrdinal(value: string): number | undefined {
  const digits = /^\d+/.exec(value)
  if (digits) return Number.parseInt(digits[0], 10)
  const letters = /^[ivxlcdm]+/i.exec(value)
  return letters ? romanValue(letters[0]) : undefined
}
