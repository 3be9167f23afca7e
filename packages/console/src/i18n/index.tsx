import { createContext, createEffect, createSignal, useContext, type ParentProps } from "solid-js";
import { config } from "../config";
import { en } from "./en";
import { interpolate, isLocale, type Locale, type Params } from "./translate";
import { zhCN, type MessageKey } from "./zh-CN";

export type { Locale, MessageKey, Params };

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { "zh-CN": zhCN, en };

function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(config.localeStorageKey);
    return isLocale(value) ? value : "zh-CN";
  } catch {
    // Storage can be unavailable (private mode, policy); the default is fine then.
    return "zh-CN";
  }
}

function createI18n(initial: Locale) {
  const [locale, setLocaleSignal] = createSignal<Locale>(initial);
  const dictionary = () => DICTIONARIES[locale()];

  const t = (key: MessageKey, params?: Params) => interpolate(dictionary()[key], params);
  /** For keys built at run time (error codes, audit actions): whether the dictionary has one. */
  const has = (key: string): key is MessageKey => key in dictionary();
  /** A key built at run time, or `fallback` (the raw value, say) when the dictionary lacks it. */
  const lookup = (key: string, fallback: string, params?: Params) => (has(key) ? t(key, params) : fallback);

  const dateTime = (iso: string | number | Date) =>
    new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
  const time = (iso: string | number | Date) =>
    new Intl.DateTimeFormat(locale(), { hour: "2-digit", minute: "2-digit" }).format(new Date(iso));

  function setLocale(next: Locale) {
    setLocaleSignal(next);
    try {
      localStorage.setItem(config.localeStorageKey, next);
    } catch {
      // Not remembered; the switch still applies to this visit.
    }
  }

  return { locale, setLocale, t, has, lookup, format: { dateTime, time } };
}

export type I18n = ReturnType<typeof createI18n>;
const I18nContext = createContext<I18n>();

export function I18nProvider(props: ParentProps<{ locale?: Locale }>) {
  const i18n = createI18n(props.locale ?? storedLocale());
  createEffect(() => {
    document.documentElement.lang = i18n.locale();
    document.title = i18n.t("app.title");
  });
  return <I18nContext.Provider value={i18n}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n() must be used inside <I18nProvider>");
  return i18n;
}
