import { formatCount } from '@/lib/reports/rates';

/** A chart's legend: a swatch in the series colour, the label in body text colour. */
export function ChartLegend({ items }: { items: { label: string; color: string; line?: boolean }[] }) {
  return (
    <ul className="mt-3 flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-slate-700">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className={item.line ? 'inline-block h-0.5 w-4' : 'inline-block size-3 rounded-sm'}
            style={{ background: item.color }}
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** Where a tick sits along a value axis, as a percentage of the axis (0 at the start). */
export const at = (value: number, top: number) => `${top > 0 ? (value / top) * 100 : 0}%`;

export const numberFormat = (locale: 'vi' | 'en') => (v: number) => formatCount(v, locale);
