import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { safeRedirectPath } from "@/lib/auth/start-session";
import { getViewer } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signUp"))("title") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const target = safeRedirectPath(typeof callbackUrl === "string" ? callbackUrl : undefined, "/me/communities");
  if (await getViewer()) redirect(target);
  const t = await getTranslations("auth.signUp");
  return (
    <Card className="mx-auto max-w-md">
      <h1 className="mb-6 text-2xl font-semibold">{t("title")}</h1>
      <SignUpForm
        callbackUrl={target}
        locale={await getLocale()}
        labels={{
          name: t("name"),
          email: t("email"),
          password: t("password"),
          passwordHint: t("passwordHint"),
          submit: t("submit"),
          submitting: t("submitting"),
          haveAccount: t("haveAccount"),
          signInInstead: t("signInInstead"),
        }}
      />
    </Card>
  );
}
