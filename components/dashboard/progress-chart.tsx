import { Num } from "@/components/ui/numbers";
import type { StatusCounts } from "@/lib/dashboard/dto";
import { ACTIVITY_STATUSES } from "@/lib/enums";

// The per-pillar stacked bars, drawn on the server as plain SVG: a static picture needs no
// charting library in the browser, and its size is known before any script runs, so the page
// does not shift when it loads (decision 034). The chart is a picture of the table beside it
// (which screen readers and print use), hence aria-hidden.
//
// Each pillar is a row: its name in HTML (so it follows the page's direction) and a one-row SVG
// whose rectangles are placed in percent of the scale. SVG coordinates are physical, so in
// right-to-left pages the bars are placed from the right edge by computing x from the end.

// Fills with at least 3:1 contrast against white, one per status (the legend names them).
const FILL: Record<(typeof ACTIVITY_STATUSES)[number], string> = {
  completed: "#047857",
  in_progress: "#0369a1",
  not_started: "#64748b",
  postponed: "#b45309",
  cancelled: "#be123c",
};

export interface ChartPillar {
  label: string;
  count: StatusCounts;
}

/** Up to about five round tick values covering 0..max (1, 2 or 5 times a power of ten apart). */
export function chartTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!,
  );
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
}

export function ProgressChart({
  pillars,
  statusLabels,
  rtl,
}: {
  pillars: ChartPillar[];
  statusLabels: Record<(typeof ACTIVITY_STATUSES)[number], string>;
  rtl: boolean;
}) {
  const totals = pillars.map((p) => ACTIVITY_STATUSES.reduce((sum, s) => sum + p.count[s], 0));
  const ticks = chartTicks(Math.max(0, ...totals));
  const scale = ticks[ticks.length - 1]!;
  const pct = (v: number) => (v / scale) * 100;
  // A segment [from, from + width] along the reading direction, as a physical x in percent.
  const x = (from: number, width: number) => `${rtl ? 100 - pct(from) - pct(width) : pct(from)}%`;
  const label = "w-20 shrink-0 pe-2 text-xs text-slate-700";
  return (
    <div aria-hidden="true" data-testid="progress-chart" className="text-xs text-slate-700">
      <ul className="space-y-2">
        {pillars.map((pillar, i) => {
          let from = 0;
          return (
            <li key={i} className="flex items-center">
              <span className={label}>{pillar.label}</span>
              <svg className="h-7 flex-1 overflow-visible" role="presentation" focusable="false">
                {ticks.map((tick) => (
                  <line
                    key={tick}
                    x1={x(tick, 0)}
                    x2={x(tick, 0)}
                    y1="0"
                    y2="100%"
                    stroke="#cbd5e1"
                    strokeDasharray="3 3"
                  />
                ))}
                {ACTIVITY_STATUSES.map((status) => {
                  const value = pillar.count[status];
                  if (value === 0) return null;
                  const rect = (
                    <rect
                      key={status}
                      x={x(from, value)}
                      width={`${pct(value)}%`}
                      y="2"
                      height="24"
                      fill={FILL[status]}
                      data-status={status}
                      data-value={value}
                    />
                  );
                  from += value;
                  return rect;
                })}
              </svg>
            </li>
          );
        })}
      </ul>
      {/* The scale: tick values placed along the reading direction, as the timeline's months are. */}
      <div className="mt-1 flex">
        <span className={label} />
        <div className="relative h-4 flex-1">
          {ticks.map((tick) => (
            <span
              key={tick}
              className="absolute top-0 -translate-x-1/2 tabular-nums rtl:translate-x-1/2"
              style={{ insetInlineStart: `${pct(tick)}%` }}
            >
              <Num value={tick} />
            </span>
          ))}
        </div>
      </div>
      <ul className="mt-3 flex flex-wrap justify-center gap-x-4 gap-y-1">
        {ACTIVITY_STATUSES.map((status) => (
          <li key={status} className="flex items-center gap-1.5">
            <span className="inline-block size-3 shrink-0 rounded-sm" style={{ backgroundColor: FILL[status] }} />
            {statusLabels[status]}
          </li>
        ))}
      </ul>
    </div>
  );
}
