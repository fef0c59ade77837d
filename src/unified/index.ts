/**
 * The treaty pipeline as unified plugins.
 */
export { treatyParse } from './parse.js'
export { treatyAnnotate } from './annotate.js'
export { treatyToJson, treatyToAkomaNtoso } from './compile.js'
export { reportDiagnostics } from './messages.js'
