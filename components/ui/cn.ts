import { type ClassValue, clsx } from "clsx";

// Joins class names. Components avoid conflicting utilities instead of resolving
// them at run time (tailwind-merge would add 8 KB to every page with a form).
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
