import type { ReactNode } from 'react';

/** The tones of a badge; each is one class in app/globals.css (`badge-<tone>`). */
export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'brand';

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
