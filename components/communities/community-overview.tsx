import { getFormatter, getTranslations } from "next-intl/server";
import { CommunityNav } from "@/components/communities/community-nav";
import { VisitBeacon } from "@/components/communities/visit-beacon";
import { ActionForm } from "@/components/forms/action-form";
import { EntryPanel } from "@/components/membership/entry-panel";
import { RulesList } from "@/components/membership/rules-list";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import type { CommunityPublicView } from "@/lib/communities/queries";
import { findCurrentCulture } from "@/lib/communities/settings-queries";
import { findCurrentRules, findEntryState } from "@/lib/membership/queries";
import { acceptRulesAction } from "@/lib/rules/actions";

/**
 * A community's public page body, as `viewer` sees it (null: an anonymous visitor,
 * which is also what the cached anonymous render shows).
 */
export async function CommunityOverview({ community, viewer }: { community: CommunityPublicView; viewer: { id: string } | null }) {
  const [t, tCulture, tRules, format, rules, culture, entryState] = await Promise.all([
    getTranslations("communities.page"),
    getTranslations("settings.culture"),
    getTranslations("membership.rules"),
    getFormatter(),
    findCurrentRules(community.id),
    findCurrentCulture(community.id),
    viewer ? findEntryState(community.id, viewer.id, community.reapplyCooldownDays) : Promise.resolve({ kind: "none" as const }),
  ]);
  const fee =
    community.feeAmountMinor > 0
      ? format.number(community.feeAmountMinor / 100, { style: "currency", currency: community.feeCurrency })
      : null;
  return (
    <article className="space-y-6">
      <VisitBeacon slug={community.slug} />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight" lang={community.language}>
          {community.name}
        </h1>
        <p className="text-lg text-stone-700" lang={community.language}>
          {community.purpose}
        </p>
        <p className="text-sm text-stone-600">
          {community.ownerName ? t("owner", { name: community.ownerName }) : null} ·{" "}
          {t("founded", { date: format.dateTime(community.createdAt, { dateStyle: "long" }) })}
        </p>
        {community.visibility === "UNLISTED" ? <p className="text-sm text-stone-600">{t("unlisted")}</p> : null}
      </header>
      <CommunityNav slug={community.slug} role={community.viewerRole} userId={viewer?.id ?? null} current="overview" />
      <div className="grid gap-4 md:grid-cols-3">
        <div className="space-y-4 md:col-span-2">
          <Card>
            <CardTitle>{t("about")}</CardTitle>
            <p className="mt-2 whitespace-pre-line text-stone-800" lang={community.language}>
              {community.description || community.purpose}
            </p>
          </Card>
          {culture ? (
            <Card aria-labelledby="culture-heading" className="space-y-3" lang={community.language}>
              <CardTitle id="culture-heading">{t("culture")}</CardTitle>
              {culture.vision ? (
                <div>
                  <h3 className="text-sm font-medium text-stone-600">{t("vision")}</h3>
                  <p className="whitespace-pre-line">{culture.vision}</p>
                </div>
              ) : null}
              {culture.values.length > 0 ? (
                <div>
                  <h3 className="text-sm font-medium text-stone-600">{t("values")}</h3>
                  <ul className="list-disc pl-5">
                    {culture.values.map((value) => (
                      <li key={value}>{value}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {culture.mission ? (
                <div>
                  <h3 className="text-sm font-medium text-stone-600">{t("mission")}</h3>
                  <p className="whitespace-pre-line">{culture.mission}</p>
                </div>
              ) : null}
              <p className="text-xs text-stone-500">{tCulture("version", { version: culture.version })}</p>
            </Card>
          ) : null}
          <Card className="space-y-3">
            {rules && entryState.kind === "member" && entryState.acceptedRulesVersion !== rules.version ? (
              <Alert tone="info">
                <p>{tRules("changed", { version: rules.version })}</p>
                <ActionForm action={acceptRulesAction} submitLabel={tRules("accept")} pendingLabel={tRules("accepting")} variant="secondary" className="mt-2">
                  <input type="hidden" name="slug" value={community.slug} />
                  <input type="hidden" name="rulesVersion" value={rules.version} />
                </ActionForm>
              </Alert>
            ) : null}
            <RulesList rules={rules} />
          </Card>
        </div>
        <div className="space-y-4">
          <Card aria-labelledby="entry-heading">
            <CardTitle id="entry-heading">{t("entry")}</CardTitle>
            <p className="mt-2 text-stone-800">{t(`entryMode.${community.entryMode}`)}</p>
            <p className="mt-2 text-stone-800">{fee ? t("fee", { amount: fee }) : t("free")}</p>
            <p className="mt-2 text-stone-800">
              {community.memberCap === null
                ? `${t("members", { count: community.memberCount })} · ${t("noCap")}`
                : `${t("seats", { taken: community.memberCount, cap: community.memberCap })} · ${t("seatsLeft", {
                    left: Math.max(0, community.memberCap - community.memberCount - community.seatsHeld),
                  })}`}
            </p>
          </Card>
          <EntryPanel community={community} state={entryState} rulesVersion={rules?.version ?? null} isSignedIn={viewer !== null} />
        </div>
      </div>
    </article>
  );
}
