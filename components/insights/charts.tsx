"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// The recharts drawings. Loaded only through lazy-chart.tsx (next/dynamic, no SSR), so
// the chart library is never part of any page's first-load JavaScript.

export type ChartSeries = { key: string; label: string };
export type ChartPoint = { label: string; values: Record<string, number> };
export type ChartProps = { kind: "line" | "bar" | "stacked"; points: ChartPoint[]; series: ChartSeries[]; locale: string; percent?: boolean };

const palette = ["#166534", "#b45309", "#1d4ed8", "#9d174d", "#0f766e", "#6b21a8", "#4d7c0f", "#475569"];

export default function Chart({ kind, points, series, locale, percent }: ChartProps) {
  const data = points.map((point) => ({ label: point.label, ...point.values }));
  const format = new Intl.NumberFormat(locale, percent ? { style: "percent", maximumFractionDigits: 0 } : { maximumFractionDigits: 1 });
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="#e7e5e4" />
      <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={16} />
      <YAxis tick={{ fontSize: 12 }} tickFormatter={(value: number) => format.format(value)} width={48} allowDecimals={false} />
      <Tooltip formatter={(value) => (typeof value === "number" ? format.format(value) : String(value))} />
      {series.length > 1 ? <Legend /> : null}
    </>
  );
  return (
    <ResponsiveContainer width="100%" height={240}>
      {kind === "line" ? (
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
          {axes}
          {series.map((entry, index) => (
            <Line key={entry.key} type="monotone" dataKey={entry.key} name={entry.label} stroke={palette[index % palette.length]} dot={false} strokeWidth={2} isAnimationActive={false} />
          ))}
        </LineChart>
      ) : (
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
          {axes}
          {series.map((entry, index) => (
            <Bar key={entry.key} dataKey={entry.key} name={entry.label} fill={palette[index % palette.length]} stackId={kind === "stacked" ? "stack" : undefined} isAnimationActive={false} />
          ))}
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}
