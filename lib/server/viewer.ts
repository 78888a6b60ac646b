import type { Locale } from "../i18n/locales";

/** The signed-in person making a request, as read from the database this request. */
export type Viewer = {
  id: string;
  email: string;
  name: string;
  locale: Locale;
};
