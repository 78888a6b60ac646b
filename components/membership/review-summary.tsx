"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";

export type Summary = { joined: number; waitlisted: number; awaiting_payment: number; rejected: number; not_pending: number; full: number };

export function ReviewSummaryText({ summary }: { summary: Summary }) {
  const t = useTranslations("membership.review");
  return (
    <Alert tone="success">
      {t("summary", {
        joined: summary.joined,
        waitlisted: summary.waitlisted,
        awaiting: summary.awaiting_payment,
        rejected: summary.rejected,
        skipped: summary.not_pending,
        full: summary.full,
      })}
    </Alert>
  );
}
