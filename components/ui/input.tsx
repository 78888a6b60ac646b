import type { ComponentProps } from "react";
import { cn } from "./cn";

export const controlClass =
  "block rounded-md border border-stone-300 bg-white px-3 py-2 text-sm text-stone-900 shadow-sm placeholder:text-stone-500 aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700 disabled:bg-stone-100";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(controlClass, "h-10 w-full", className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={cn(controlClass, "min-h-24 w-full", className)} {...props} />;
}

/** `inline` sizes the select to its content (inside a sentence or a toolbar). */
export function Select({ className, inline = false, ...props }: ComponentProps<"select"> & { inline?: boolean }) {
  return <select className={cn(controlClass, "h-10", inline ? "w-auto" : "w-full", className)} {...props} />;
}
