import type { Locale } from "../locales";
import enAuth from "./en/auth.json";
import enCommon from "./en/common.json";
import enCommunities from "./en/communities.json";
import enErrors from "./en/errors.json";
import enHome from "./en/home.json";
import enRules from "./en/rules.json";
import zhAuth from "./zh-CN/auth.json";
import zhCommon from "./zh-CN/common.json";
import zhCommunities from "./zh-CN/communities.json";
import zhErrors from "./zh-CN/errors.json";
import zhHome from "./zh-CN/home.json";
import zhRules from "./zh-CN/rules.json";

// One catalog per language, one JSON file per namespace (so areas change independently).
const en = { common: enCommon, errors: enErrors, auth: enAuth, home: enHome, communities: enCommunities, rules: enRules };
export type Messages = typeof en;

export const catalogs: Record<Locale, Messages> = {
  en,
  "zh-CN": { common: zhCommon, errors: zhErrors, auth: zhAuth, home: zhHome, communities: zhCommunities, rules: zhRules },
};
