/**
 * A JSON value with its object keys in a fixed order, so the same tree always serialises to
 * the same text: `type` first, `children` last, the rest in code-point order.
 */

/** A JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/** Keys that come first, in this order. */
const leading = ['$schema', 'version', 'type']
/** Keys that come last, in this order. */
const trailing = ['children']

/**
 * Copy a JSON-like value with its object keys in the stable order. Properties whose value is
 * `undefined` are left out, as `JSON.stringify` would.
 *
 * @param value A tree, or any JSON-compatible value.
 * @returns A plain JSON value.
 * @throws {TypeError} On a value JSON cannot hold (a function, a symbol, a cycle, a non-finite number).
 */
export function stableJson(value: unknown): JsonValue {
  return copy(value, new Set())
}

/** Copy one value, remembering the objects on the way down to catch cycles. */
function copy(value: unknown, seen: Set<object>): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`Cannot serialise ${String(value)} as JSON`)
    return value
  }
  if (typeof value !== 'object') throw new TypeError(`Cannot serialise a ${typeof value} as JSON`)
  if (seen.has(value)) throw new TypeError('Cannot serialise a cycle as JSON')
  seen.add(value)
  let result: JsonValue
  if (Array.isArray(value)) {
    result = value.map((item: unknown) => (item === undefined ? null : copy(item, seen)))
  } else {
    const record = value as Record<string, unknown>
    const object: Record<string, JsonValue> = {}
    for (const key of Object.keys(record).sort(compareKeys)) {
      const item = record[key]
      if (item !== undefined) object[key] = copy(item, seen)
    }
    result = object
  }
  seen.delete(value)
  return result
}

/** Order of two keys: leading keys, then the rest by code point, then trailing keys. */
function compareKeys(a: string, b: string): number {
  const rankA = rank(a)
  const rankB = rank(b)
  if (rankA !== rankB) return rankA - rankB
  return a < b ? -1 : a > b ? 1 : 0
}

/** A key's group and place: leading keys by index, then 100 for the rest, then trailing. */
function rank(key: string): number {
  const first = leading.indexOf(key)
  if (first !== -1) return first
  const last = trailing.indexOf(key)
  return last === -1 ? 100 : 200 + last
}
