/**
 * The CLI's subcommands, in the order `treaty-clauses --help` lists them.
 * To add one, write `commands/<name>.ts` exporting a `CliCommand` and append it here.
 */
import type { CliCommand } from '../command.js'
import { outlineCommand } from './outline.js'
import { queryCommand } from './query.js'
import { exportCommand } from './export.js'
import { schemaCommand } from './schema.js'
import { annotateCommand } from './annotate.js'

/** Every subcommand of `treaty-clauses`. */
export const commands: CliCommand[] = [outlineCommand, queryCommand, exportCommand, schemaCommand, annotateCommand]
