"use client";

import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ChartPoint {
  label: string;
  value: number;
}

/**
 * One measure per row of a breakdown: a line over time for day and week,
 * bars (the first rows in table order) otherwise; values in display units
 * (chartValue), the series name says which.
 */
export function BreakdownChart({ points, series, overTime, summary }: { points: ChartPoint[]; series: string; overTime: boolean; summary: string }) {
  if (points.length === 0) return null;
  const axis = { tick: { fontSize: 11 } };
  return (
    <figure className="h-64 rounded-lg border border-slate-200 bg-white p-3" data-testid="breakdown-chart">
      <figcaption className="sr-only">{summary}</figcaption>
      <ResponsiveContainer width="100%" height="100%">
        {overTime ? (
          <LineChart data={points}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="label" {...axis} tickFormatter={(d: string) => d.slice(5)} />
            <YAxis {...axis} />
            <Tooltip />
            <Line dataKey="value" name={series} stroke="#4f46e5" dot={false} strokeWidth={2} />
          </LineChart>
        ) : (
          <BarChart data={points}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="label" {...axis} interval={0} angle={-20} textAnchor="end" height={50} tickFormatter={(l: string) => (l.length > 14 ? `${l.slice(0, 13)}…` : l)} />
            <YAxis {...axis} />
            <Tooltip />
            <Bar dataKey="value" name={series} fill="#6366f1" />
          </BarChart>
        )}
      </ResponsiveContainer>
    </figure>
  );
}
