'use client';

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md border border-slate-400 px-3 py-1.5 font-sans text-sm"
    >
      {label}
    </button>
  );
}
