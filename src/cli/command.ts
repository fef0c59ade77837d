/**
 * The shape every subcommand of the `treaty-clauses` CLI has, and the error for bad usage.
 */
import type { CliIo } from './io.js'

/** One subcommand: `treaty-clauses <name> …`. */
export interface CliCommand {
  /** The word that selects it on the command line. */
  readonly name: string
  /** One line for the list of commands. */
  readonly summary: string
  /** The full help text, printed by `--help` (a usage line, then arguments and options). */
  readonly usage: string
  /**
   * Run the command.
   *
   * @param args The arguments after the command's name (`--help` is handled before this).
   * @param io Where to read and write.
   * @returns The exit code: 0 on success.
   * @throws {UsageError} When the arguments are wrong; the dispatcher prints it with a hint.
   */
  run(args: string[], io: CliIo): Promise<number>
}

/** The arguments were wrong: the dispatcher prints the message, a pointer to `--help`, and exits with 2. */
export class UsageError extends Error {
  /**
   * @param message What was wrong with the arguments.
   */
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
