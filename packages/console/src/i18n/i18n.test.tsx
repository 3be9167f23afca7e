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
