/**
 * What a CLI command may touch of the outside world, and the one way commands read their input.
 *
 * Commands get their streams from a `CliIo` instead of `process`, so tests can run them in
 * memory and check what they print.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { VFile } from 'vfile'

/** Where a command writes: only `write` is needed, so a test can pass a collector. */
export interface CliOutput {
  /** Write text as it is (no newline is added). */
  write(text: string): unknown
}

/** The streams and working directory a command runs with. */
export interface CliIo {
  /** Standard input, read when a command's file argument is `-`. */
  readonly stdin: AsyncIterable<Uint8Array | string>
  /** Standard output: the command's result. */
  readonly stdout: CliOutput
  /** Standard error: errors and warnings, never results. */
  readonly stderr: CliOutput
  /** The directory relative file arguments are resolved against. */
  readonly cwd: string
}

/** The `CliIo` of the running process. */
export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }
}

/**
 * Read a command's input: a file, or standard input when `file` is `-`.
 *
 * The text is decoded as UTF-8 and otherwise kept exactly as it is (a byte order mark
 * included), because every position the parser reports counts from the original text.
 *
 * @param file A path (relative to `io.cwd`), or `-` for standard input.
 * @param io Where standard input comes from.
 * @returns A VFile holding the text, with its path when it came from a file.
 */
export async function readInput(file: string, io: CliIo): Promise<VFile> {
  if (file === '-') return new VFile({ value: await readAll(io.stdin) })
  const path = resolve(io.cwd, file)
  return new VFile({ path, value: await readFile(path, 'utf8') })
}

/** Collect a stream whole before decoding, so no multi-byte character is split at a chunk edge. */
async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk))
  return Buffer.concat(chunks).toString('utf8')
}
