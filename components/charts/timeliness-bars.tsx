'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { countTicks } from '@/lib/reports/ticks';
import { CLASS_COLOR, legendText } from './colors';

/** Legend and tooltip in the order the series are drawn (recharts sorts them by name otherwise). */
const ORDER: string[] = Object.keys(CLASS_COLOR);

export type BarRow = {
  name: string;
  completed_on_time: number;
  completed_late: number;
  in_progress_on_time: number;
  overdue: number;
};

/**
 * Stacked horizontal bars of the four timeliness classes, one bar per row. The table beside it holds
 * the same figures for screen readers and keyboard users, so the chart itself is one labelled image.
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
  const format = (v: unknown) => Number(v).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB');
  // Counts: whole-number ticks only, up to the longest bar.
  const ticks = countTicks(
    Math.max(0, ...rows.map((r) => r.completed_on_time + r.completed_late + r.in_progress_on_time + r.overdue)),
  );
  return (
    <figure role="img" aria-label={title} className="w-full" style={{ height: 80 + rows.length * 36 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
          <XAxis
            type="number"
            tickFormatter={format}
            tick={{ fontSize: 12, fill: '#334155' }}
            allowDecimals={false}
            ticks={ticks}
            domain={[0, ticks.at(-1)!]}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={170}
            tick={{ fontSize: 12, fill: '#334155' }}
            tickFormatter={(v: string) => (v.length > 28 ? `${v.slice(0, 27)}…` : v)}
          />
          <Tooltip formatter={format} itemSorter={(item) => ORDER.indexOf(String(item.dataKey))} />
          <Legend
            wrapperStyle={{ fontSize: 12 }}
            itemSorter={(item) => ORDER.indexOf(String(item.dataKey))}
            formatter={legendText}
          />
          {(Object.keys(CLASS_COLOR) as (keyof typeof CLASS_COLOR)[]).map((k) => (
            <Bar key={k} dataKey={k} name={labels[k]} stackId="a" fill={CLASS_COLOR[k]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
