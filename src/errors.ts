/**
 * The one error type the library throws: for misuse of the API (a non-string input, invalid
 * options or rules), never for odd input text, which gets diagnostics instead.
 */

/** Codes of the errors the library throws. */
export type TreatyClausesErrorCode = 'invalid-input' | 'invalid-options' | 'invalid-rule' | 'invalid-query'

/** An error caused by how the library was called; `code` says which kind. */
export class TreatyClausesError extends TypeError {
  /** Which kind of misuse this is. */
  readonly code: TreatyClausesErrorCode

  /**
   * @param code Which kind of misuse this is.
   * @param message What was wrong, naming the bad field and what is allowed.
   */
  constructor(code: TreatyClausesErrorCode, message: string) {
    super(message)
    this.name = 'TreatyClausesError'
    this.code = code
  }
}
