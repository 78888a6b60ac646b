"use client";

import { ErrorState } from "@/components/layout/error-state";

// Shown instead of a crash page: no stack trace or raw message reaches the user.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorState reset={reset} />;
}
