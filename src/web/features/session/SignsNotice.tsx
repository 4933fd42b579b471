/** A notice of signs to stop for, each with what to do: the stop signs and the CRPS signs share it. */
import type { ReactNode } from 'react';

/** A notice of signs to stop for, each with what to do (the stop signs, the CRPS signs). */
export function SignsNotice({ id, title, signs, children }: { id: string; title: string; signs: readonly (readonly [string, string])[]; children?: ReactNode }) {
  return (
    <section className="notice stop__signs" aria-labelledby={id}>
      <h3 id={id} className="notice__title">
        {title}
      </h3>
      <dl className="signs">
        {signs.map(([sign, todo]) => (
          <div key={sign} className="signs__row">
            <dt>{sign}</dt>
            <dd>{todo}</dd>
          </div>
        ))}
      </dl>
      {children}
    </section>
  );
}
