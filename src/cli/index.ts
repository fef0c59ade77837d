/**
 * The `treaty-clauses` executable: runs the dispatcher with the process's arguments and streams.
 */
import { processIo } from './io.js'
import { main } from './main.js'

// `treaty-clauses outline big.txt | head` closes stdout early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

process.exitCode = await main(process.argv.slice(2), processIo())
