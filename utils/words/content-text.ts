// The words of the content, in the browser's UI language: each tip's title and text, the names of
// the article points, the doctor card and the guidance note, and each exercise's title, steps,
// picture (the text alternative of its illustration) and caution. Read when rendered, from the
// locale files under the keys of content-keys.ts.
import type { Exercise } from '../content/exercises';
import type { ArticlePoint, Tip } from '../content/tips';
import { articlePointKey, cautionKey, exerciseKeys, tipKeys } from './content-keys';
import { i18n } from '../browser/i18n';

export function tipTitle(tip: Tip): string {
  return i18n.t(tipKeys(tip).title);
}

export function tipText(tip: Tip): string {
  return i18n.t(tipKeys(tip).text);
}

export function articlePointName(point: ArticlePoint): string {
  return i18n.t(articlePointKey(point));
}

export function doctorCard() {
  return {
    title: i18n.t('doctor.title'),
    intro: i18n.t('doctor.intro'),
    reasons: ([0, 1, 2, 3] as const).map((index) => i18n.t(`doctor.reasons.${index}`)),
  };
}

export function guidanceNote(): string {
  return i18n.t('guidance.note');
}

export function exerciseTitle(exercise: Exercise): string {
  return i18n.t(exerciseKeys(exercise).title);
}

/** What to do: one or two short lines. */
export function exerciseSteps(exercise: Exercise): string[] {
  return i18n.t(exerciseKeys(exercise).steps).split('\n');
}

export function exercisePicture(exercise: Exercise): string {
  return i18n.t(exerciseKeys(exercise).picture);
}

export function exerciseCaution(exercise: Exercise): string | undefined {
  return exercise.caution === undefined ? undefined : i18n.t(cautionKey(exercise.caution));
}
