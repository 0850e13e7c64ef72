// FNV-1a: a small, stable string hash, for choices that must be deterministic (the same inputs
// give the same tip or exercise order) yet vary with their inputs.

export function stableHash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}
