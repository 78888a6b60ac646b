import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { entryPaths } from "@/lib/analytics/definitions";
import type { InsightsNode } from "@/lib/analytics/policy";
import type { FilterProblem, InsightsFilters } from "@/lib/analytics/schemas";

// A plain GET form: the filters live in the URL (shareable, bookmarkable) and the page
// needs no client-side JavaScript to change them.
export async function FiltersForm(props: {
  action: string;
  filters: InsightsFilters;
  problems: FilterProblem[];
  nodes: InsightsNode[];
  isNodeScope: boolean;
}) {
  const { filters, problems, nodes } = props;
  const [t, tSegment] = await Promise.all([getTranslations("insights.filters"), getTranslations("insights.segments")]);
  const problemFor = (field: string) => problems.find((problem) => problem.field === field);
  const describe = (field: string) =>
    problemFor(field) ? { "aria-invalid": true as const, "aria-describedby": `filter-problem-${field}` } : {};
  const label = "block text-xs font-medium text-stone-700";
  return (
    <form method="get" action={props.action} className="space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-4" aria-label={t("legend")}>
      {problems.length > 0 ? (
        <Alert tone="error">
          <p className="font-medium">{t("problemsTitle")}</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((problem) => (
              <li key={`${problem.field}-${problem.code}`} id={`filter-problem-${problem.field}`}>
                {t(`${problem.field}`)}: {t(`problems.${problem.code as "invalid_date"}`, { years: 3, ...problem.values })}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-7">
        <div>
          <label htmlFor="filter-from" className={label}>{t("from")}</label>
          <Input id="filter-from" name="from" type="date" defaultValue={filters.from} {...describe("from")} />
        </div>
        <div>
          <label htmlFor="filter-to" className={label}>{t("to")}</label>
          <Input id="filter-to" name="to" type="date" defaultValue={filters.to} {...describe("to")} />
        </div>
        <div>
          <label htmlFor="filter-grain" className={label}>{t("grain")}</label>
          <Select id="filter-grain" name="grain" defaultValue={filters.grain} {...describe("grain")}>
            <option value="week">{t("grainOptions.week")}</option>
            <option value="month">{t("grainOptions.month")}</option>
          </Select>
        </div>
        <div>
          <label htmlFor="filter-split" className={label}>{t("split")}</label>
          <Select id="filter-split" name="split" defaultValue={filters.split} {...describe("split")}>
            <option value="none">{t("splitOptions.none")}</option>
            <option value="paid">{t("splitOptions.paid")}</option>
            <option value="entry">{t("splitOptions.entry")}</option>
          </Select>
        </div>
        <div>
          <label htmlFor="filter-paid" className={label}>{t("paid")}</label>
          <Select id="filter-paid" name="paid" defaultValue={filters.paid} {...describe("paid")}>
            <option value="all">{t("paidOptions.all")}</option>
            <option value="paid">{t("paidOptions.paid")}</option>
            <option value="free">{t("paidOptions.free")}</option>
          </Select>
        </div>
        <div>
          <label htmlFor="filter-entry" className={label}>{t("entry")}</label>
          <Select id="filter-entry" name="entry" defaultValue={filters.entry} {...describe("entry")}>
            <option value="all">{t("entryOptions.all")}</option>
            {entryPaths.map((path) => (
              <option key={path} value={path}>{tSegment(path)}</option>
            ))}
          </Select>
        </div>
        {nodes.length > 0 ? (
          <div>
            <label htmlFor="filter-node" className={label}>{t("node")}</label>
            <Select id="filter-node" name="node" defaultValue={filters.node ?? ""} {...describe("node")}>
              {props.isNodeScope ? null : <option value="">{t("allNodes")}</option>}
              {nodes.map((node) => (
                <option key={node.id} value={node.id}>{node.name}</option>
              ))}
            </Select>
          </div>
        ) : null}
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm">{t("apply")}</Button>
        <Button asChild variant="ghost" size="sm">
          <a href={props.action}>{t("reset")}</a>
        </Button>
      </div>
    </form>
  );
}
