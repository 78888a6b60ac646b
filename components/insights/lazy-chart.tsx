"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";
import type { ChartProps } from "./charts";

// The only way pages reach the chart library: fetched after the page has loaded, in
// the browser only. The figure is decorative for assistive technology; every chart
// has a table with the same numbers next to it.
const Chart = dynamic(() => import("./charts"), { ssr: false, loading: () => <Skeleton className="h-60 w-full" /> });

export function LazyChart(props: ChartProps & { summary: string }) {
  const { summary, ...chart } = props;
  return (
    <figure className="min-h-60" aria-hidden="true" inert title={summary}>
      <Chart {...chart} />
    </figure>
  );
}
