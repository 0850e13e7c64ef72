// Host names in both forms: the ASCII form the browser reports (punycode, `xn--80a1acny.xn--p1ai`),
// in which Handrest stores and matches them, and the form a person reads (`почта.рф`), in which the
// pages show them. Punycode is RFC 3492; `URL` gives the ASCII form. Pure, and linear in the
// length of what it is given.

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const PREFIX = 'xn--';
/** The longest host name there is (RFC 1035), and so the longest label list worth decoding. */
export const MAX_HOST_LENGTH = 253;

function adapt(delta: number, points: number, first: boolean): number {
  let scaled = first ? Math.floor(delta / DAMP) : delta >> 1;
  scaled += Math.floor(scaled / points);
  let k = 0;
  for (; scaled > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) scaled = Math.floor(scaled / (BASE - T_MIN));
  return Math.floor(k + ((BASE - T_MIN + 1) * scaled) / (scaled + SKEW));
}

/** The digit a punycode character stands for, or -1. */
function digitOf(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  return -1;
}

/** One punycode label (without its prefix) decoded, or null when it is not valid punycode. */
function decodeLabel(encoded: string): string | null {
  if (encoded === '') return null;
  const split = encoded.lastIndexOf('-');
  const output = split > 0 ? Array.from(encoded.slice(0, split), (char) => char.charCodeAt(0)) : [];
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let index = split > 0 ? split + 1 : 0; index < encoded.length; ) {
    const oldI = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= encoded.length) return null;
      const digit = digitOf(encoded.charCodeAt(index));
      index += 1;
      if (digit < 0) return null;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
    }
    bias = adapt(i - oldI, output.length + 1, oldI === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return null;
    output.splice(i, 0, n);
    i += 1;
  }
  return String.fromCodePoint(...output);
}

/** A host as a person reads it: each punycode label in its own script (a label that is not valid punycode stays as it is). */
export function hostForDisplay(host: string): string {
  if (host.length > MAX_HOST_LENGTH || !host.includes(PREFIX)) return host;
  return host
    .split('.')
    .map((label) => (label.startsWith(PREFIX) ? (decodeLabel(label.slice(PREFIX.length)) ?? label) : label))
    .join('.');
}

/** A host in the ASCII form the browser reports: a name in its own script in punycode (unchanged when it cannot be one). */
export function asciiHost(host: string): string {
  if (host.length > MAX_HOST_LENGTH || /^[\x20-\x7e]*$/.test(host)) return host;
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return host;
  }
}
