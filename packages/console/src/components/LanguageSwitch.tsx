import { For } from "solid-js";
import { useI18n } from "../i18n";
import { LOCALES } from "../i18n/translate";

/** Each language named in itself, so someone who cannot read the current one still finds theirs. */
const NAMES = { "zh-CN": "中文", en: "English" } as const;

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <div class="language-switch" role="group" aria-label={t("common.language")}>
      <For each={LOCALES}>
        {(code) => (
          <button
            type="button"
            class="button-link"
            lang={code}
            aria-pressed={locale() === code}
            onClick={() => setLocale(code)}
          >
            {NAMES[code]}
          </button>
        )}
      </For>
    </div>
  );
}
