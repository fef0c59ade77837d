/**
 * The dispatcher of the `treaty-clauses` CLI: picks the subcommand, handles `--help` and
 * `--version`, and turns errors into messages on stderr and an exit code.
 */
import packageJson from '../../package.json' with { type: 'json' }
import { TreatyClausesError } from '../errors.js'
import { UsageError } from './command.js'
import type { CliCommand } from './command.js'
import { commands as defaultCommands } from './commands/index.js'
import type { CliIo } from './io.js'

/** The program's name, as users type it. */
const program = 'treaty-clauses'

/** Exit code of a failure while running (unreadable file, invalid input). */
const exitFailure = 1
/** Exit code of wrong arguments. */
const exitUsage = 2

/**
 * Run the CLI with the arguments after the program name.
 *
 * @param argv For example `['outline', 'nato.txt']`.
 * @param io Where to read and write.
 * @param commands The subcommands to dispatch to (the built-in list by default).
 * @returns The exit code: 0 on success, 1 on a failure, 2 on wrong arguments.
 */
export async function main(argv: string[], io: CliIo, commands: readonly CliCommand[] = defaultCommands): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined) {
    // Not asked for: the help is the error message, so it goes to stderr.
    io.stderr.write(programHelp(commands))
    return exitUsage
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(programHelp(commands))
    return 0
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(packageJson.version + '\n')
    return 0
  }
  const command = commands.find((candidate) => candidate.name === name)
  if (command === undefined) {
    io.stderr.write(`${program}: unknown command ${JSON.stringify(name)}\nRun '${program} --help' for the list of commands.\n`)
    return exitUsage
  }
  if (asksForHelp(args)) {
    io.stdout.write(command.usage)
    return 0
  }
  try {
    return await command.run(args, io)
  } catch (error) {
    return report(error, command, io)
  }
}

/** Whether `--help` or `-h` comes before any `--` (after which everything is an operand). */
function asksForHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false
    if (arg === '--help' || arg === '-h') return true
  }
  return false
}

/** Print an error the way its kind deserves and choose the exit code. */
function report(error: unknown, command: CliCommand, io: CliIo): number {
  const prefix = `${program} ${command.name}: `
  if (error instanceof UsageError || isParseArgsError(error)) {
    io.stderr.write(`${prefix}${error.message}\nRun '${program} ${command.name} --help' for usage.\n`)
    return exitUsage
  }
  if (error instanceof TreatyClausesError || isSystemError(error)) {
    io.stderr.write(prefix + error.message + '\n')
    return exitFailure
  }
  // Anything else is a bug: keep the stack so it can be reported.
  io.stderr.write(prefix + (error instanceof Error ? (error.stack ?? error.message) : String(error)) + '\n')
  return exitFailure
}

/** Errors of `node:util` parseArgs (unknown option, missing value) carry an `ERR_PARSE_ARGS_*` code. */
function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS_')
}

/** Errors of the file system (`ENOENT`, `EISDIR`, `EACCES`…): the user's to fix, so no stack. */
function isSystemError(error: unknown): error is Error {
  return error instanceof Error && 'syscall' in error && typeof error.syscall === 'string'
}

/** The top-level help: usage and the list of commands. */
function programHelp(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length))
  const list = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')
  return `Usage: ${program} <command> [options]

Parse treaty texts (plain text or Markdown) into a tree of provisions.

Commands:
${list}

Options:
  -h, --help     Show this help (or a command's, after its name)
  -v, --version  Print the version

Files may be - to read standard input.
`
}
