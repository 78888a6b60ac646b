import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { safeRedirectPath } from "@/lib/auth/start-session";
import { getViewer } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const target = safeRedirectPath(typeof callbackUrl === "string" ? callbackUrl : undefined, "/me/communities");
  if (await getViewer()) redirect(target);
  const t = await getTranslations("auth.signIn");
  return (
    <Card className="mx-auto max-w-md">
      <h1 className="mb-6 text-2xl font-semibold">{t("title")}</h1>
      <SignInForm
        callbackUrl={target}
        labels={{ email: t("email"), password: t("password"), submit: t("submit"), submitting: t("submitting"), noAccount: t("noAccount"), createAccount: t("createAccount") }}
      />
    </Card>
  );
}
