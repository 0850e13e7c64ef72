// How wide a line of text is drawn, estimated generously, for laying out the chart's SVG text
// without measuring it (text in an SVG does not push its box wider: what does not fit is cut off).

/** Characters drawn about a full em wide: CJK, kana, Hangul and full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The most the other characters take, on average over a label: a digit in the widest common sans-serif fonts. */
const NARROW_EM = 0.64;

/** An upper estimate of the width of `text` at `fontSize` (in the same units). */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) ems += WIDE.test(character) ? 1 : NARROW_EM;
  return ems * fontSize;
}
