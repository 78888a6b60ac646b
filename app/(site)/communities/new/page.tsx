import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CreateCommunityForm } from "@/components/communities/create-community-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { Card } from "@/components/ui/card";
import { getViewer } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("communities.create"))("title") };
}

export default async function NewCommunityPage() {
  if (!(await getViewer())) redirect("/sign-in?callbackUrl=/communities/new");
  const t = await getTranslations("communities.create");
  const host = (await headers()).get("host") ?? "localhost:3000";
  return (
    <Card className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-6 mt-1 text-stone-700">{t("lead")}</p>
      <ClientMessages namespaces={["communities"]}>
        <CreateCommunityForm origin={host} />
      </ClientMessages>
    </Card>
  );
}
