/**
 * Exports of a treaty tree: stable JSON and its JSON Schema, Akoma Ntoso XML, an outline.
 */
export { toJSON, toJsonDocument, fromJSON } from './json.js'
export type { ToJsonOptions } from './json.js'
export { treatyDocumentSchema, documentVersion, jsonSchemaUrl } from './document.js'
export type { TreatyDocument } from './document.js'
export { jsonSchema } from './json-schema.js'
export type { JsonSchema } from './json-schema.js'
export type { JsonValue } from './stable.js'
export { toAkomaNtoso, aknNamespace, annotationNamespace } from './akn/index.js'
export type { AkomaNtosoOptions } from './akn/index.js'
// toOutline (./outline.js) is exported from src/index.ts directly.
