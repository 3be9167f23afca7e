import { afterEach, describe, expect, it } from "vitest";
import { render } from "solid-js/web";
import { config } from "../config";
import { en } from "./en";
import { I18nProvider, useI18n, type I18n } from "./index";
import { interpolate } from "./translate";
import { zhCN } from "./zh-CN";

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = "";
  localStorage.clear();
});

function mount(): I18n {
  let captured!: I18n;
  const root = document.createElement("div");
  document.body.append(root);
  dispose = render(
    () => (
      <I18nProvider>
        {(() => {
          captured = useI18n();
          return null;
        })()}
      </I18nProvider>
    ),
    root,
  );
  return captured;
}

describe("i18n", () => {
  it("throws outside its provider", () => {
    expect(() => render(() => (useI18n(), null), document.createElement("div"))).toThrow(/I18nProvider/);
  });

  it("speaks Chinese by default and English once chosen, and remembers the choice", () => {
    const i18n = mount();
    expect(i18n.t("nav.staff")).toBe("员工");
    expect(i18n.t("role.warehouse_supervisor")).toBe("仓库主管");
    expect(i18n.t("department.customer_service")).toBe("客服部");
    expect(document.documentElement.lang).toBe("zh-CN");
    i18n.setLocale("en");
    expect(i18n.t("nav.staff")).toBe("Staff");
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem(config.localeStorageKey)).toBe("en");
    dispose?.();
    expect(mount().t("nav.staff")).toBe("Staff");
  });

  it("fills in parameters and leaves unknown ones visible", () => {
    expect(interpolate("{name} 已退出", { name: "沈打包" })).toBe("沈打包 已退出");
    expect(interpolate("{a} {b}", { a: 1 })).toBe("1 {b}");
  });

  it("has the same keys in every language", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    expect(Object.entries(en).filter(([, text]) => !text)).toEqual([]);
  });
});

describe("the area dictionaries", () => {
  it("spread into the whole without one key shadowing another", async () => {
    const areas = await Promise.all([import("./areas/orders"), import("./areas/warehouse"), import("./areas/attendance"), import("./areas/service")]);
    const seen = new Map<string, number>();
    for (const area of areas) for (const key of Object.keys(area.zh)) seen.set(key, (seen.get(key) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([key]) => key)).toEqual([]);
    const total = areas.reduce((sum, a) => sum + Object.keys(a.zh).length, 0);
    // The core's own keys plus every area's, none lost to a collision with the core.
    expect(Object.keys(zhCN).length).toBeGreaterThan(total);
    for (const area of areas) for (const [key, text] of Object.entries(area.zh)) expect(zhCN[key as keyof typeof zhCN], key).toBe(text);
  });
});
