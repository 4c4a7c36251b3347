import { countTicks } from '@/lib/reports/ticks';
import { CLASS_COLOR } from './colors';
import { at, ChartLegend, numberFormat } from './legend';

export type TrendPoint = { label: string; completedOnTime: number; completedLate: number; missed: number };

/** Column width in the plot's own units; each month is one column, its bar the middle 60%. */
const COL = 10;

/**
 * Completions per month (stacked bars: on time, late) and missed deadlines (a line), drawn on the server.
 * The marks are one SVG stretched to the plot (strokes keep their width); the axis text is HTML, so it keeps
 * its size on a phone, where every other month label is left out when they would not fit.
 */
export function TrendChart({
  points,
  labels,
  title,
  locale,
}: {
  points: TrendPoint[];
  labels: { completedOnTime: string; completedLate: string; missed: string };
  title: string;
  locale: 'vi' | 'en';
}) {
  const format = numberFormat(locale);
  // Counts: whole-number ticks only, up to the highest stack or point.
  const ticks = countTicks(Math.max(0, ...points.map((p) => Math.max(p.completedOnTime + p.completedLate, p.missed))));
  const top = ticks.at(-1)!;
  const n = Math.max(1, points.length);
  const y = (v: number) => 100 - (v / top) * 100;
  const step = Math.ceil(n / 12);
  const phoneStep = Math.ceil(n / 5);
  const column = (i: number) => `${((i + 0.5) / n) * 100}%`;
  return (
    <figure role="img" aria-label={title} className="chart w-full" data-chart="trend">
      <div className="flex h-64 text-xs text-slate-700">
        <div className="relative w-10 shrink-0 tabular-nums" aria-hidden="true">
          {ticks.map((tick) => (
            <span key={tick} data-tick className="absolute right-2 translate-y-1/2" style={{ bottom: at(tick, top) }}>
              {format(tick)}
            </span>
          ))}
        </div>
        <div className="relative flex-1 border-b border-l border-slate-300">
          <svg
            className="absolute inset-0 h-full w-full"
            viewBox={`0 0 ${n * COL} 100`}
            preserveAspectRatio="none"
            aria-hidden="true"
          >
            {ticks.slice(1).map((tick) => (
              <line
                key={tick}
                x1="0"
                x2={n * COL}
                y1={y(tick)}
                y2={y(tick)}
                stroke="#e2e8f0"
                strokeDasharray="3 3"
                vectorEffect="non-scaling-stroke"
              />
            ))}
            {points.map((p, i) => (
              <g key={p.label}>
                {p.completedOnTime > 0 && (
                  <rect
                    data-series="completedOnTime"
                    x={i * COL + 2}
                    width={COL - 4}
                    y={y(p.completedOnTime)}
                    height={100 - y(p.completedOnTime)}
                    fill={CLASS_COLOR.completed_on_time}
                  >
                    <title>{`${p.label} · ${labels.completedOnTime}: ${format(p.completedOnTime)}`}</title>
                  </rect>
                )}
                {p.completedLate > 0 && (
                  <rect
                    data-series="completedLate"
                    x={i * COL + 2}
                    width={COL - 4}
                    y={y(p.completedOnTime + p.completedLate)}
                    height={100 - y(p.completedLate)}
                    fill={CLASS_COLOR.completed_late}
                  >
                    <title>{`${p.label} · ${labels.completedLate}: ${format(p.completedLate)}`}</title>
                  </rect>
                )}
              </g>
            ))}
            <polyline
              data-series="missed"
              points={points.map((p, i) => `${i * COL + COL / 2},${y(p.missed)}`).join(' ')}
              fill="none"
              stroke={CLASS_COLOR.overdue}
              strokeWidth="2"
              vectorEffect="non-scaling-stroke"
            />
          </svg>
          {points.map((p, i) => (
            <span
              key={p.label}
              title={`${p.label} · ${labels.missed}: ${format(p.missed)}`}
              className="absolute size-2 -translate-x-1/2 translate-y-1/2 rounded-full border border-white"
              style={{ left: column(i), bottom: at(p.missed, top), background: CLASS_COLOR.overdue }}
            />
          ))}
        </div>
      </div>
      <div className="relative ml-10 h-5 text-xs text-slate-700" aria-hidden="true">
        {points.map((p, i) =>
          i % step === 0 ? (
            <span
              key={p.label}
              className={`absolute top-1 -translate-x-1/2 whitespace-nowrap tabular-nums ${i % phoneStep === 0 ? '' : 'max-sm:hidden'}`}
              style={{ left: column(i) }}
            >
              {p.label}
            </span>
          ) : null,
        )}
      </div>
      <ChartLegend
        items={[
          { label: labels.completedOnTime, color: CLASS_COLOR.completed_on_time },
          { label: labels.completedLate, color: CLASS_COLOR.completed_late },
          { label: labels.missed, color: CLASS_COLOR.overdue, line: true },
        ]}
      />
    </figure>
  );
}
