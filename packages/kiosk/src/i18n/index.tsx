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
    return "zh-CN";
  }
}

function createI18n(initial: Locale) {
  const [locale, setLocaleSignal] = createSignal<Locale>(initial);
  const t = (key: MessageKey, params?: Params) => interpolate(DICTIONARIES[locale()][key], params);
  const has = (key: string): key is MessageKey => key in DICTIONARIES[locale()];
  const setLocale = (next: Locale) => {
    setLocaleSignal(next);
    try {
      localStorage.setItem(config.localeStorageKey, next);
    } catch {
      // Not remembered across restarts; the switch still applies now.
    }
  };
  const toggle = () => setLocale(locale() === "zh-CN" ? "en" : "zh-CN");
  return { locale, setLocale, toggle, t, has };
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
