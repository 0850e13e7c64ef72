// Checks that a value read from storage has the shape the code expects, so that corrupt or
// foreign data is replaced by defaults instead of crashing the extension.

/** A field's type, or a check of its own for a field that holds more than one value. */
type FieldType = 'number' | 'number|null' | 'string' | 'string|null' | 'boolean' | ((value: unknown) => boolean);

export type Shape<T> = { readonly [K in keyof T]-?: FieldType };

function fieldMatches(value: unknown, type: FieldType): boolean {
  if (typeof type === 'function') return type(value);
  if (type === 'number|null') return value === null || (typeof value === 'number' && Number.isFinite(value));
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (type === 'string|null') return value === null || typeof value === 'string';
  return typeof value === type;
}

export function conformsTo<T>(value: unknown, shape: Shape<T>): value is T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return Object.entries<FieldType>(shape).every(([key, type]) => fieldMatches(record[key], type));
}

/** Whether a value is a list whose every entry passes `isEntry`. */
export const isListOf =
  (isEntry: (entry: unknown) => boolean) =>
  (value: unknown): boolean =>
    Array.isArray(value) && value.every(isEntry);
