/**
 * Line and column of offsets inside a leaf, counted from the leaf's own start point, the way
 * the parser counts them: UTF-16 code units, and `\n`, `\r\n` or a lone `\r` end a line.
 */
import type { Point } from '../schema/position.js'

/**
 * Turns offsets inside one text into points of the input, walking forward only: ask for
 * offsets in increasing order and the whole text is scanned once.
 */
export class PointCursor {
  /** The text the offsets index into. */
  readonly #text: string
  /** Where in the input the text starts. */
  readonly #origin: Point
  /** How far the cursor has scanned, and where that is. */
  #index = 0
  #line: number
  #column: number

  /**
   * @param text A run of the input (a leaf's value, a heading's text).
   * @param origin The point of the input where `text` starts.
   */
  constructor(text: string, origin: Point) {
    this.#text = text
    this.#origin = origin
    this.#line = origin.line
    this.#column = origin.column
  }

  /**
   * The point of `index` (an offset into the text).
   *
   * @param index At least the index asked for last; at most the text's length.
   * @returns The point in the input.
   */
  pointAt(index: number): Point {
    if (index < this.#index) throw new RangeError('PointCursor only moves forward')
    const text = this.#text
    while (this.#index < index) {
      const code = text.charCodeAt(this.#index)
      this.#index++
      // A `\r` followed by `\n` ends the line at the `\n`.
      if (code === 10 || (code === 13 && text.charCodeAt(this.#index) !== 10)) {
        this.#line++
        this.#column = 1
      } else {
        this.#column++
      }
    }
    return { line: this.#line, column: this.#column, offset: this.#origin.offset + index }
  }
}
