"use client";

/** The "I accept the rules" checkbox: ticking it sends the version the person read. */
export function RulesAcceptance({ version, label, error }: { version: number; label: string; error?: string }) {
  return (
    <div className="space-y-1">
      <label className="flex items-start gap-2 text-sm text-stone-800">
        <input
          type="checkbox"
          name="rulesVersion"
          value={version}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "rules-acceptance-error" : undefined}
          className="mt-0.5 size-4 accent-canopy-700"
        />
        <span>{label}</span>
      </label>
      <p id="rules-acceptance-error" aria-live="polite" className="text-sm font-medium text-red-700 empty:hidden">
        {error}
      </p>
    </div>
  );
}
