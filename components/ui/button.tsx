import { cva, type VariantProps } from "class-variance-authority";
import { Slot } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "./cn";

export const buttonVariants = cva(
  "inline-flex items-center justify-center gap-2 rounded-md text-sm font-medium transition-colors disabled:pointer-events-none disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-canopy-600",
  {
    variants: {
      variant: {
        primary: "bg-canopy-700 text-white hover:bg-canopy-800",
        secondary: "border border-stone-300 bg-white text-stone-900 hover:bg-stone-100",
        ghost: "text-stone-800 hover:bg-stone-100",
        danger: "bg-red-700 text-white hover:bg-red-800",
        link: "text-canopy-700 underline underline-offset-4 hover:text-canopy-900",
      },
      size: { sm: "h-8 px-3", md: "h-10 px-4", lg: "h-11 px-6 text-base" },
    },
    defaultVariants: { variant: "primary", size: "md" },
  },
);

type ButtonProps = ComponentProps<"button"> & VariantProps<typeof buttonVariants> & { asChild?: boolean };

export function Button({ className, variant, size, asChild = false, ...props }: ButtonProps) {
  const Component = asChild ? Slot.Root : "button";
  return <Component className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}
