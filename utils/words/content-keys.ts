// The locale keys of the content texts: the tips and the article points they come from
// (utils/content/tips.ts), the exercises and their cautions (utils/content/exercises.ts). A message name allows
// letters, digits and _ only, so a hyphenated id is camel-cased in its key: the words of the tip
// `micro-pause` are under tip.microPause. Typed, so that a key missing from the default locale
// file fails the type check. No browser API: the e2e tests read the English words through these.
import type { Caution, Exercise } from '../content/exercises';
import type { ArticlePoint, Tip } from '../content/tips';

/** An id as it appears in a key: `micro-pause` → `microPause`. */
type KeyForm<Id extends string> = Id extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<KeyForm<Tail>>}` : Id;

function keyForm<Id extends string>(id: Id): KeyForm<Id> {
  // The one cast: the replacement does what KeyForm says, which TypeScript cannot follow through a regular expression.
  return id.replace(/-(.)/g, (_, next: string) => next.toUpperCase()) as KeyForm<Id>;
}

export function tipKeys(tip: Tip) {
  const key = keyForm(tip.id);
  return { title: `tip.${key}.title`, text: `tip.${key}.text` } as const;
}

export function articlePointKey(point: ArticlePoint) {
  return `articlePoint.${keyForm(point)}` as const;
}

/** `steps` is one message with a line per step. */
export function exerciseKeys(exercise: Exercise) {
  const key = keyForm(exercise.id);
  return { title: `exercise.${key}.title`, steps: `exercise.${key}.steps`, picture: `exercise.${key}.picture` } as const;
}

export function cautionKey(caution: Caution) {
  return `caution.${caution}` as const;
}
