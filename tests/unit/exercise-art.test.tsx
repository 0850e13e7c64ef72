// The exercise illustrations: every exercise in the catalogue has one, an image named by its text
// alternative, with two or three key positions for the stylesheet to show in turn; the stylesheet
// takes its colours from the theme and stops all motion when the person prefers reduced motion.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { ExerciseArt } from '@/components/ExerciseArt';
import { EXERCISES } from '@/utils/content/exercises';
import { exercisePicture } from '@/utils/words/content-text';

const CSS = readFileSync(resolve(process.cwd(), 'components/exercise-art.css'), 'utf8');

afterEach(() => {
  cleanup();
});

describe('exercise illustrations', () => {
  it.each(EXERCISES.map((exercise) => [exercise.id, exercise] as const))('%s: an image named by its picture, in two or three poses', (_, exercise) => {
    const picture = exercisePicture(exercise);
    render(<ExerciseArt id={exercise.id} label={picture} />);
    const svg = screen.getByRole('img', { name: picture });
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.getAttribute('viewBox')).toBe('0 0 160 160');
    expect(svg.hasAttribute('width') || svg.hasAttribute('height')).toBe(false);
    const poses = [...svg.querySelectorAll(':scope > g.art-pose')];
    expect(poses.length).toBeGreaterThanOrEqual(2);
    expect(poses.length).toBeLessThanOrEqual(3);
    expect(svg.classList.contains(`art-${poses.length}`)).toBe(true);
    poses.forEach((pose, i) => {
      expect(pose.classList.contains(`art-pose-${i}`)).toBe(true);
      expect(pose.querySelector('path')).not.toBeNull();
    });
    expect(poses.filter((pose) => pose.classList.contains('art-still'))).toHaveLength(1);
  });

  it('stops every animation when motion is reduced and shows the still pose', () => {
    const reduced = /@media \(prefers-reduced-motion: reduce\) \{([\s\S]*?)\n\}/.exec(CSS)?.[1] ?? '';
    expect(reduced).toMatch(/\.art-pose \{[^}]*animation: none;/);
    expect(reduced).toMatch(/\.art-pose\.art-still \{[^}]*opacity: 1;/);
    expect(CSS).toMatch(/\.art-pose \{\s*animation: art-two /);
  });

  it('takes every colour from the theme', () => {
    const colours = [...CSS.matchAll(/\b(?:fill|stroke): ([^;]+);/g)].map(([, value]) => value);
    expect(colours.length).toBeGreaterThan(0);
    for (const colour of colours) expect(colour).toMatch(/^(?:var\(--[a-z0-9-]+\)|none)$/);
  });
});
