import type { ReactNode } from "react";
import { cn } from "./cn";

const tones = {
  error: "border-red-300 bg-red-50 text-red-900",
  info: "border-canopy-200 bg-canopy-50 text-canopy-900",
  success: "border-canopy-200 bg-canopy-50 text-canopy-900",
} as const;

/** A message about the whole form or page; errors are announced to screen readers. */
export function Alert({ tone = "info", children, className }: { tone?: keyof typeof tones; children: ReactNode; className?: string }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn("rounded-md border px-4 py-3 text-sm", tones[tone], className)}>
      {children}
    </div>
  );
}
