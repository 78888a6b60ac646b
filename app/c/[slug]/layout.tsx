import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

export default function CommunityLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["communities", "membership"]}>{children}</ClientMessages>;
}
