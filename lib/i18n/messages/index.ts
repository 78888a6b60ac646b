import type { Locale } from "../locales";
import enAuth from "./en/auth.json";
import enCommon from "./en/common.json";
import enCommunities from "./en/communities.json";
import enErrors from "./en/errors.json";
import enHome from "./en/home.json";
import enInsights from "./en/insights.json";
import enMembership from "./en/membership.json";
import enNotifications from "./en/notifications.json";
import enRules from "./en/rules.json";
import enSettings from "./en/settings.json";
import zhAuth from "./zh-CN/auth.json";
import zhCommon from "./zh-CN/common.json";
import zhCommunities from "./zh-CN/communities.json";
import zhErrors from "./zh-CN/errors.json";
import zhHome from "./zh-CN/home.json";
import zhInsights from "./zh-CN/insights.json";
import zhMembership from "./zh-CN/membership.json";
import zhNotifications from "./zh-CN/notifications.json";
import zhRules from "./zh-CN/rules.json";
import zhSettings from "./zh-CN/settings.json";

// One catalog per language, one JSON file per namespace (so areas change independently).
const en = {
  common: enCommon,
  errors: enErrors,
  auth: enAuth,
  home: enHome,
  communities: enCommunities,
  membership: enMembership,
  notifications: enNotifications,
  settings: enSettings,
  insights: enInsights,
  rules: enRules,
};
export type Messages = typeof en;

export const catalogs: Record<Locale, Messages> = {
  en,
  "zh-CN": {
    common: zhCommon,
    errors: zhErrors,
    auth: zhAuth,
    home: zhHome,
    communities: zhCommunities,
    membership: zhMembership,
    notifications: zhNotifications,
    settings: zhSettings,
    insights: zhInsights,
    rules: zhRules,
  },
};
