/**
 * A deep copy of a treaty tree, like `structuredClone` but several times faster on the plain
 * objects and arrays a parsed tree is made of.
 */

/**
 * Deep-copy a tree of plain data. Plain objects and arrays are copied here; any other object
 * is handed to `structuredClone`. Unlike `structuredClone`, an object reachable twice is
 * copied twice (a treaty tree shares nothing) and cycles are not supported (a tree has none).
 *
 * @param value The value to copy.
 * @returns The copy.
 */
export function cloneTree<T>(value: T): T {
  return copy(value) as T
}

function copy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return typeof value === 'function' ? structuredClone(value) : value
  if (Array.isArray(value)) return copyArray(value as unknown[])
  const proto: unknown = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== null) return structuredClone(value)
  const out: Record<string, unknown> = {}
  const source = value as Record<string, unknown>
  for (const key of Object.keys(source)) out[key] = copy(source[key])
  return out
}

function copyArray(value: readonly unknown[]): unknown[] {
  const out: unknown[] = new Array<unknown>(value.length)
  for (let i = 0; i < value.length; i++) if (i in value) out[i] = copy(value[i])
  return out
}
