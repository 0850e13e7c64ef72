// An exercise's illustration: an inline SVG (so the page's theme colours and reduced-motion setting
// apply) with the drawing's key positions as pose groups that exercise-art.css shows in turn, and
// its text alternative. The drawings themselves are in components/exercise-art/.
import type { ExerciseId } from '@/utils/content/exercises';
import { DRAWINGS } from '@/components/exercise-art/drawings';
import './exercise-art.css';

export function ExerciseArt({ id, label }: { id: ExerciseId; label: string }) {
  const { back, poses, front, still, ghosts = false } = DRAWINGS[id]();
  return (
    <svg viewBox="0 0 160 160" role="img" aria-label={label} class={`exercise-art art-${poses.length}${ghosts ? ' art-ghosts' : ''}`}>
      {back}
      {poses.map((pose, i) => (
        <g key={i} class={`art-pose art-pose-${i}${i === still ? ' art-still' : ''}`}>
          {pose}
        </g>
      ))}
      {front}
    </svg>
  );
}
