/** Chart colours matching the timeliness badges (Tailwind emerald-600, amber-500, sky-600, red-600). */
export const CLASS_COLOR = {
  completed_on_time: '#059669',
  completed_late: '#d97706',
  in_progress_on_time: '#0284c7',
  overdue: '#dc2626',
} as const;
