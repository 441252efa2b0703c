"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Orders by click-to-order delay; the table under it carries the same numbers for screen readers and keyboards. */
export function DelayChart({ data }: { data: { label: string; orders: number }[] }) {
  return (
    <div className="h-56 rounded-lg border border-slate-200 bg-white p-4" data-testid="delay-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Bar dataKey="orders" name="Orders" fill="#6366f1" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
