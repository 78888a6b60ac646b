"use client";

import en from "@/lib/i18n/messages/en/common.json";
import zh from "@/lib/i18n/messages/zh-CN/common.json";

// Last resort when the root layout itself fails: no providers are available here,
// so the message is shown in both languages, straight from the catalogs.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center" }}>
        <h1>
          {en.states.errorTitle} · <span lang="zh-CN">{zh.states.errorTitle}</span>
        </h1>
        <p>
          {en.states.errorBody} <span lang="zh-CN">{zh.states.errorBody}</span>
        </p>
        <button type="button" onClick={() => reset()} style={{ padding: "0.5rem 1rem" }}>
          {en.states.retry} · <span lang="zh-CN">{zh.states.retry}</span>
        </button>
      </body>
    </html>
  );
}
