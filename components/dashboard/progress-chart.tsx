"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useNumberFormat } from "@/components/ui/display-preferences";
import type { StatusCounts } from "@/lib/dashboard/dto";
import { ACTIVITY_STATUSES } from "@/lib/enums";

// The per-pillar stacked bars. Loaded only by the plan dashboard, so recharts stays out of every
// other page's bundle. The chart is a picture of the table beside it (which screen readers and
// print use), hence aria-hidden and no keyboard layer of its own.

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

export function ProgressChart({
  pillars,
  statusLabels,
  rtl,
}: {
  pillars: ChartPillar[];
  statusLabels: Record<(typeof ACTIVITY_STATUSES)[number], string>;
  rtl: boolean;
}) {
  const format = useNumberFormat();
  const data = pillars.map((p) => ({ label: p.label, ...p.count }));
  // eslint-disable-next-line no-restricted-syntax -- recharts names physical sides: this is the mirroring itself.
  const yAxisSide = rtl ? "right" : "left";
  return (
    // The SVG is laid out in physical coordinates: inherited `direction: rtl` would flip every
    // label's text-anchor onto the bars. Mirroring is done by the axes' props below instead.
    <div aria-hidden="true" dir="ltr" className="h-full w-full" data-testid="progress-chart">
      <ResponsiveContainer width="100%" height={Math.max(160, pillars.length * 44 + 72)}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 8, bottom: 4, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          {/* In Arabic the bars grow from the right and the pillar names sit on the right. */}
          <XAxis
            type="number"
            allowDecimals={false}
            reversed={rtl}
            tickFormatter={(v: number) => format(v)}
            tick={{ fill: "#334155", fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="label"
            orientation={yAxisSide}
            width={80}
            tick={{ fill: "#334155", fontSize: 12 }}
          />
          <Tooltip formatter={(value) => format(Number(value))} />
          {/* Our own legend: recharts' puts each swatch on the physical left, beside Arabic text too. */}
          <Legend
            content={() => (
              <ul
                dir={rtl ? "rtl" : "ltr"}
                className="flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-slate-700"
              >
                {ACTIVITY_STATUSES.map((status) => (
                  <li key={status} className="flex items-center gap-1.5">
                    <span className="inline-block size-3 rounded-sm" style={{ backgroundColor: FILL[status] }} />
                    {statusLabels[status]}
                  </li>
                ))}
              </ul>
            )}
          />
          {ACTIVITY_STATUSES.map((status) => (
            <Bar
              key={status}
              dataKey={status}
              name={statusLabels[status]}
              stackId="status"
              fill={FILL[status]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
