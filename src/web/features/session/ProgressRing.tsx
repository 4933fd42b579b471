/** A calm ring that shows how much of a timer is left; decoration beside the numbers. */
const RADIUS = 54;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** `fraction` of the ring drawn, from 1 (full) to 0 (empty). */
export function ProgressRing({ fraction }: { fraction: number }) {
  const left = Math.min(1, Math.max(0, fraction));
  return (
    <svg className="progress-ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
      <circle className="progress-ring__track" cx="60" cy="60" r={RADIUS} />
      <circle
        className="progress-ring__left"
        cx="60"
        cy="60"
        r={RADIUS}
        strokeDasharray={CIRCUMFERENCE}
        strokeDashoffset={CIRCUMFERENCE * (1 - left)}
        transform="rotate(-90 60 60)"
      />
    </svg>
  );
}
