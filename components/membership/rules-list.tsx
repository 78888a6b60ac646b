import { getTranslations } from "next-intl/server";
import type { PublishedRules } from "@/lib/membership/queries";

/** The community's current group rules (群规), as members accept them. */
export async function RulesList({ rules, headingId = "rules-heading" }: { rules: PublishedRules | null; headingId?: string }) {
  const t = await getTranslations("membership");
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h2 id={headingId} className="text-lg font-semibold">
        {t("rules.title")}
        {rules ? <span className="ml-2 text-sm font-normal text-stone-600">{t("rules.version", { version: rules.version })}</span> : null}
      </h2>
      {rules && rules.rules.length > 0 ? (
        <ol className="list-decimal space-y-2 pl-6">
          {rules.rules.map((rule) => (
            <li key={rule.position}>
              <span className="font-medium">{rule.title}</span>
              {rule.explanation ? <p className="text-sm text-stone-700">{rule.explanation}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-stone-600">{t("panel.noRules")}</p>
      )}
    </section>
  );
}
