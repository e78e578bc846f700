import { Text } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocation } from 'wouter';

/** Colours with at least 3:1 contrast against white (WCAG's figure for graphics). */
export const CHART_COLORS = ['#364fc7', '#2b8a3e', '#c92a2a', '#e67700', '#5f3dc4', '#0b7285', '#a61e4d', '#495057'];

export interface CountRow {
  label: string;
  count: number;
  /** Where a click on the bar leads (the filtered list). */
  href?: string;
}

/**
 * Counts as horizontal bars, longest first, each bar a link to its filtered list. The chart is
 * an image to assistive technology with its figures in its label: the numbers stay readable.
 */
export function CountBars({ rows, label, height }: { rows: readonly CountRow[]; label: string; height?: number }) {
  const [, navigate] = useLocation();
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing to show yet.
      </Text>
    );
  }
  const sorted = [...rows].sort((a, b) => b.count - a.count);
  return (
    <div role="img" aria-label={`${label}: ${sorted.map((row) => `${row.label} ${row.count}`).join(', ')}`} style={{ width: '100%', height: height ?? 32 + sorted.length * 28 }}>
      <ResponsiveContainer>
        <BarChart data={sorted} layout="vertical" margin={{ left: 8, right: 24, top: 4, bottom: 4 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={130} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey="count" name="Equipment" fill={CHART_COLORS[0]} isAnimationActive={false} cursor="pointer" onClick={(entry: { payload?: CountRow }) => entry.payload?.href && navigate(entry.payload.href)} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Columns in a fixed order (age buckets, days), several series stacked: completed and failed runs, say. */
export function ColumnChart({ rows, series, label, height = 220 }: { rows: readonly ({ label: string } & Record<string, string | number>)[]; series: readonly { key: string; name: string; color?: string }[]; label: string; height?: number }) {
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing to show yet.
      </Text>
    );
  }
  const summary = rows.map((row) => `${row.label}: ${series.map((item) => `${String(row[item.key])} ${item.name}`).join(', ')}`).join('; ');
  return (
    <div role="img" aria-label={`${label}. ${summary}`} style={{ width: '100%', height }}>
      <ResponsiveContainer>
        <BarChart data={[...rows]} margin={{ left: 0, right: 8, top: 4, bottom: 4 }}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} width={40} />
          <Tooltip />
          {series.length > 1 ? <Legend formatter={(value: string) => <span style={{ color: '#212529' }}>{value}</span>} /> : null}
          {series.map((item, index) => (
            <Bar key={item.key} dataKey={item.key} name={item.name} stackId="stack" fill={item.color ?? CHART_COLORS[index % CHART_COLORS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
