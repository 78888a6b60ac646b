import type { ReactNode } from "react";
import "./globals.css";

// The document itself (<html lang>, header, footer) is rendered one level down:
// by app/(site)/layout.tsx per request, or by app/anonymous/[locale]/layout.tsx for
// cached anonymous pages, whose language comes from the URL rather than a cookie.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
