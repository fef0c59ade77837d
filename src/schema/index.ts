export * from './vocabulary.js'
export * from './position.js'
export * from './annotation.js'
export * from './tree.js'
