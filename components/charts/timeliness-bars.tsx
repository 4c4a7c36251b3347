import { countTicks } from '@/lib/reports/ticks';
import { CLASS_COLOR } from './colors';
import { at, ChartLegend, numberFormat } from './legend';

export type BarRow = {
  name: string;
  completed_on_time: number;
  completed_late: number;
  in_progress_on_time: number;
  overdue: number;
};

const SERIES = Object.keys(CLASS_COLOR) as (keyof typeof CLASS_COLOR)[];

/**
 * Stacked horizontal bars of the four timeliness classes, one bar per row, drawn on the server: SVG marks,
 * HTML text (so labels keep their size on a phone), no client code. The table beside it holds the same
 * figures for screen readers and keyboard users, so the chart itself is one labelled image; each segment
 * carries its figure as a tooltip.
 */
export function TimelinessBars({
  rows,
  labels,
  title,
  locale,
}: {
  rows: BarRow[];
  labels: Record<keyof typeof CLASS_COLOR, string>;
  title: string;
  locale: 'vi' | 'en';
}) {
  const format = numberFormat(locale);
  // Counts: whole-number ticks only, up to the longest bar.
  const ticks = countTicks(Math.max(0, ...rows.map((r) => SERIES.reduce((sum, k) => sum + r[k], 0))));
  const top = ticks.at(-1)!;
  return (
    <figure role="img" aria-label={title} className="chart w-full" data-chart="bars">
      <div className="grid grid-cols-[minmax(0,8rem)_minmax(0,1fr)] items-center gap-x-3 gap-y-1.5 text-xs text-slate-700 sm:grid-cols-[minmax(0,13rem)_minmax(0,1fr)]">
        {rows.map((row, i) => {
          let start = 0;
          return [
            <span key={`l${i}`} className="truncate text-right" title={row.name}>
              {row.name}
            </span>,
            <svg key={`b${i}`} className="block h-6 w-full overflow-visible" aria-hidden="true">
              {ticks.map((tick) => (
                <line
                  key={tick}
                  x1={at(tick, top)}
                  x2={at(tick, top)}
                  y1="0"
                  y2="100%"
                  stroke="#e2e8f0"
                  strokeDasharray="3 3"
                />
              ))}
              {SERIES.map((k) => {
                const x = start;
                start += row[k];
                return row[k] > 0 ? (
                  <rect
                    key={k}
                    data-series={k}
                    x={at(x, top)}
                    width={at(row[k], top)}
                    y="3"
                    height="18"
                    fill={CLASS_COLOR[k]}
                  >
                    <title>{`${row.name} · ${labels[k]}: ${format(row[k])}`}</title>
                  </rect>
                ) : null;
              })}
            </svg>,
          ];
        })}
        <span />
        <div className="relative h-4 tabular-nums" aria-hidden="true">
          {ticks.map((tick) => (
            <span
              key={tick}
              data-tick
              className="absolute top-0 -translate-x-1/2 whitespace-nowrap"
              style={{ left: at(tick, top) }}
            >
              {format(tick)}
            </span>
          ))}
        </div>
      </div>
      <ChartLegend items={SERIES.map((k) => ({ label: labels[k], color: CLASS_COLOR[k] }))} />
    </figure>
  );
}
