/** Pure helpers of the dictionaries: no Solid, no DOM, so they test in isolation. */
export type Params = Record<string, string | number>;

/** Replaces `{name}` with params.name; unknown placeholders stay visible so a gap is noticed. */
export function interpolate(template: string, params?: Params) {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
