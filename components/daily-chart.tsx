"use client";

import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export function DailyChart({ data }: { data: { day: string; clicks: number; conversions: number }[] }) {
  return (
    <div className="h-64 rounded-lg border border-slate-200 bg-white p-4" data-testid="daily-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} tickFormatter={(d: string) => d.slice(5)} />
          <YAxis yAxisId="clicks" tick={{ fontSize: 11 }} />
          <YAxis yAxisId="conversions" orientation="right" tick={{ fontSize: 11 }} />
          <Tooltip />
          <Bar yAxisId="clicks" dataKey="clicks" name="Clicks" fill="#c7d2fe" />
          <Line yAxisId="conversions" dataKey="conversions" name="Conversions" stroke="#4f46e5" dot={false} strokeWidth={2} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
