/** An exercise's start-and-end picture, sized so the page keeps its place while it loads. */
import { ILLUSTRATION_SIZE } from './illustration-size.js';

interface ExerciseIllustrationProps {
  exercise: { illustration: string; illustrationAlt: string };
  className?: string;
  /** Beside the exercise's name, the picture adds nothing for a screen reader: empty alt. */
  decorative?: boolean;
  lazy?: boolean;
}

function hideBroken(event: { currentTarget: HTMLImageElement }): void {
  event.currentTarget.style.visibility = 'hidden';
}

/** The illustration `<img>` every screen uses. */
export function ExerciseIllustration({
  exercise,
  className,
  decorative = false,
  lazy = false,
}: ExerciseIllustrationProps) {
  return (
    <img
      className={className}
      src={exercise.illustration}
      alt={decorative ? '' : exercise.illustrationAlt}
      width={ILLUSTRATION_SIZE.width}
      height={ILLUSTRATION_SIZE.height}
      {...(lazy ? { loading: 'lazy' as const, decoding: 'async' as const } : {})}
      // A picture this device never saw cannot load offline: a decorative one leaves its empty
      // frame rather than the browser's broken-image sign (the name beside it says it all).
      {...(decorative ? { onError: hideBroken } : {})}
    />
  );
}
