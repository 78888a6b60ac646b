"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

/** Disabled with a progress label while its form is submitting. */
export function SubmitButton({
  children,
  pendingLabel,
  className,
  variant,
  name,
  value,
}: {
  children: ReactNode;
  pendingLabel: ReactNode;
  className?: string;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" name={name} value={value} variant={variant} disabled={pending} aria-disabled={pending} className={className}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
