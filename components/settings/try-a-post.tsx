"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Textarea } from "@/components/ui/input";
import { compileRuleSet, describeViolation, evaluate, type RuleDraftInput, ruleList } from "@/lib/rules";

/**
 * "Try a post": runs the rules being edited (not yet published) against sample text,
 * in the browser, with the same engine the server uses, in the viewer's language.
 */
export function TryAPost({ rules }: { rules: RuleDraftInput[] }) {
  const t = useTranslations("rules.editor");
  const tSettings = useTranslations("settings.rules");
  const locale = useLocale();
  const [sample, setSample] = useState("");
  const key = JSON.stringify(rules);
  const compiled = useMemo(() => {
    const parsed = ruleList.safeParse(JSON.parse(key));
    return parsed.success ? compileRuleSet(parsed.data) : null;
  }, [key]);
  const violations = compiled && sample.trim() ? evaluate(compiled, { body: sample }, { now: new Date(), recentPosts: [] }) : [];
  return (
    <section aria-labelledby="try-a-post" className="space-y-2 rounded-md border border-canopy-200 bg-canopy-50 p-4">
      <h3 id="try-a-post" className="font-semibold">
        {t("try_post")}
      </h3>
      <label htmlFor="try-a-post-text" className="block text-sm text-stone-700">
        {t("try_post_hint")}
      </label>
      <Textarea id="try-a-post-text" rows={4} value={sample} onChange={(event) => setSample(event.target.value)} />
      <div aria-live="polite" className="space-y-1 text-sm">
        {!compiled ? (
          <p className="text-stone-700">{tSettings("tryInvalid")}</p>
        ) : sample.trim() === "" ? null : violations.length === 0 ? (
          <p className="text-canopy-800">{t("no_violations")}</p>
        ) : (
          <ul className="space-y-1">
            {violations.map((violation, index) => (
              <li key={index} className={violation.severity === "BLOCK" ? "font-medium text-red-800" : "text-amber-900"}>
                {describeViolation(violation, locale === "zh-CN" ? "zh-CN" : "en")}
              </li>
            ))}
          </ul>
        )}
        <p className="text-xs text-stone-600">{tSettings("tryNote")}</p>
      </div>
    </section>
  );
}
