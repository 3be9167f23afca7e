// @vitest-environment node
import { describe, expect, it } from "vitest";
// The schema module itself, not the package entry: the entry brings the AWS SDK, which does not
// load under the browser conditions this project resolves with.
import { DEFAULT_SETTINGS } from "../../../../core/src/settings/schema";
import { en } from "../../i18n/en";
import { zhCN } from "../../i18n/zh-CN";
import { patternOf } from "./paths";
import { choicesFor, labelKeys, RECORD_PATTERNS } from "./schema";

/** Every node of the document the form draws, as the patterns it labels them by. */
function patterns(value: unknown, path: (string | number)[] = [], out = new Set<string>()) {
  if (path.length > 0) out.add(patternOf(path, RECORD_PATTERNS));
  if (Array.isArray(value)) value.forEach((item, i) => patterns(item, [...path, i], out));
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) patterns(child, [...path, key], out);
  }
  return out;
}

const labelled = (dictionary: Record<string, string>, pattern: string) => labelKeys(pattern).some((key) => key in dictionary);

describe("settings form labels", () => {
  // Drift check: a setting added to the domain without a label here would show its raw key.
  const all = [...patterns(DEFAULT_SETTINGS)].filter((p) => !/\.\*$/.test(p));

  it("has a Chinese and an English label for every setting in the domain's defaults", () => {
    expect(all.filter((p) => !labelled(zhCN, p))).toEqual([]);
    expect(all.filter((p) => !labelled(en, p))).toEqual([]);
  });

  it("names every choice in both languages", () => {
    const missing = [...patterns(DEFAULT_SETTINGS)].flatMap((pattern) =>
      (choicesFor(pattern, DEFAULT_SETTINGS) ?? []).flatMap((choice) =>
        "key" in choice.label && !(choice.label.key in zhCN && choice.label.key in en) ? [choice.label.key] : [],
      ),
    );
    expect(missing).toEqual([]);
  });
});
