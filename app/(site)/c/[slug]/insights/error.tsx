"use client";

import { ErrorState } from "@/components/layout/error-state";

// The page-level error state (a card that fails shows its own message instead).
export default function InsightsError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorState reset={reset} />;
}
