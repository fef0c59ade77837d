/**
 * unified compiler plugins: a treaty tree out as JSON or as Akoma Ntoso XML.
 */
import type { Processor } from 'unified'
import { toAkomaNtoso } from '../export/akn/index.js'
import type { AkomaNtosoOptions } from '../export/akn/index.js'
import { toJSON } from '../export/json.js'
import type { ToJsonOptions } from '../export/json.js'
import { asTreaty } from './guard.js'

/**
 * Compile to the stable JSON document of `toJSON`: `unified().use(treatyParse).use(treatyToJson)`.
 *
 * @param options Indentation.
 */
export function treatyToJson(this: Processor, options?: ToJsonOptions): undefined {
  this.compiler = (tree) => toJSON(asTreaty(tree, 'treatyToJson'), options)
  return undefined
}

/**
 * Compile to Akoma Ntoso 3.0 XML, as `toAkomaNtoso` does.
 *
 * @param options FRBR identification.
 */
export function treatyToAkomaNtoso(this: Processor, options?: AkomaNtosoOptions): undefined {
  this.compiler = (tree) => toAkomaNtoso(asTreaty(tree, 'treatyToAkomaNtoso'), options)
  return undefined
}
