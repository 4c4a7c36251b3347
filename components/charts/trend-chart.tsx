'use client';

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { countTicks } from '@/lib/reports/ticks';
import { CLASS_COLOR, legendText } from './colors';

/** Legend and tooltip in the order the series are drawn (recharts sorts them by name otherwise). */
const ORDER = ['completedOnTime', 'completedLate', 'missed'];

export type TrendPoint = { label: string; completedOnTime: number; completedLate: number; missed: number };

/** Completions per month (stacked bars: on time, late) and missed deadlines (a line). */
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
  const format = (v: unknown) => Number(v).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB');
  // Counts: whole-number ticks only, up to the highest stack or point.
  const ticks = countTicks(Math.max(0, ...points.map((p) => Math.max(p.completedOnTime + p.completedLate, p.missed))));
  return (
    <figure role="img" aria-label={title} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#334155' }} />
          <YAxis
            tickFormatter={format}
            tick={{ fontSize: 12, fill: '#334155' }}
            allowDecimals={false}
            ticks={ticks}
            domain={[0, ticks.at(-1)!]}
          />
          <Tooltip formatter={format} itemSorter={(item) => ORDER.indexOf(String(item.dataKey))} />
          <Legend
            wrapperStyle={{ fontSize: 12 }}
            itemSorter={(item) => ORDER.indexOf(String(item.dataKey))}
            formatter={legendText}
          />
          <Bar
            dataKey="completedOnTime"
            name={labels.completedOnTime}
            stackId="done"
            fill={CLASS_COLOR.completed_on_time}
            isAnimationActive={false}
          />
          <Bar
            dataKey="completedLate"
            name={labels.completedLate}
            stackId="done"
            fill={CLASS_COLOR.completed_late}
            isAnimationActive={false}
          />
          <Line
            dataKey="missed"
            name={labels.missed}
            stroke={CLASS_COLOR.overdue}
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
