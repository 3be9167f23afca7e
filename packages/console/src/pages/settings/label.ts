import { useI18n } from "../../i18n";
import { labelKeys } from "./schema";

/** A setting's label in the current language, falling back to its key so nothing is blank. */
export function useSettingsLabel() {
  const i18n = useI18n();
  return (pattern: string) => {
    const key = labelKeys(pattern).find((candidate) => i18n.has(candidate));
    return key ? i18n.lookup(key, key) : (pattern.split(".").at(-1) ?? pattern);
  };
}
