/**
 * Roman numerals, strictly: only the canonical form of a number from 1 to 3999 converts, so
 * "IIII" or "IC" are not numbers and a stray letter is never mistaken for one.
 */

/** Values and symbols, largest first, with the subtractive pairs. */
const table: readonly (readonly [number, string])[] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i']
]

/** Value of each roman digit. */
const digitValues: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 }

/**
 * Write a number from 1 to 3999 in lower-case roman numerals.
 *
 * @param value The number.
 * @returns The numeral, or `undefined` when the number is out of range or not an integer.
 */
export function toRoman(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 1 || value > 3999) return undefined
  let rest = value
  let result = ''
  for (const [amount, symbol] of table) {
    while (rest >= amount) {
      result += symbol
      rest -= amount
    }
  }
  return result
}

/**
 * Read a roman numeral (either case).
 *
 * @param numeral The numeral, such as "IV" or "xiv".
 * @returns Its value, or `undefined` when it is not a canonical roman numeral.
 */
export function fromRoman(numeral: string): number | undefined {
  const lower = numeral.toLowerCase()
  if (lower === '' || lower.length > 15) return undefined
  let total = 0
  for (let index = 0; index < lower.length; index++) {
    const value = digitValues[lower.charAt(index)]
    if (value === undefined) return undefined
    const next = digitValues[lower.charAt(index + 1)]
    total += next !== undefined && next > value ? -value : value
  }
  return toRoman(total) === lower ? total : undefined
}

/**
 * Whether a character is a roman digit (i, v, x, l, c, d, m in either case).
 *
 * @param character One character.
 */
export function isRomanDigit(character: string): boolean {
  return digitValues[character.toLowerCase()] !== undefined
}
