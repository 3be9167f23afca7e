import { afterEach, describe, expect, it, vi } from "vitest";
import { render } from "solid-js/web";
import { I18nProvider } from "../i18n";
import { AuthProvider } from "../providers/auth";
import { Login } from "./Login";

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/problem+json" } });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = "";
  vi.unstubAllGlobals();
});

/** The login form with the API answering `login` for POST /auth/login (and 401 for /auth/me). */
async function mountLogin(login: () => Response) {
  vi.stubGlobal("fetch", async (url: string) =>
    url.endsWith("/auth/login") ? login() : json(401, { code: "auth.required", status: 401, title: "t", type: "x" }),
  );
  const root = document.createElement("div");
  document.body.append(root);
  dispose = render(
    () => (
      <I18nProvider locale="zh-CN">
        <AuthProvider>
          <Login />
        </AuthProvider>
      </I18nProvider>
    ),
    root,
  );
  const type = (name: string, value: string) => {
    const input = root.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
    input.value = value;
    input.dispatchEvent(new InputEvent("input", { bubbles: true }));
  };
  type("staffNo", "1001");
  type("password", "secret-password");
  root.querySelector("form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
  await tick();
  await tick();
  return root;
}

describe("Login", () => {
  it("says the staff number or password is wrong and marks both inputs", async () => {
    const root = await mountLogin(() =>
      json(401, { code: "auth.wrong-credentials", detail: "Staff number or password is wrong", status: 401, title: "t", type: "x" }),
    );
    expect(root.querySelector("[role=alert]")?.textContent).toContain("工号或密码错误");
    expect(root.querySelectorAll(".field-invalid")).toHaveLength(2);
    expect(root.querySelector<HTMLInputElement>("input[name=password]")!.value).toBe("");
  });

  it("says until when a locked account stays locked", async () => {
    const lockedUntil = "2026-03-02T08:15:00.000Z";
    const root = await mountLogin(() => json(423, { code: "auth.locked", lockedUntil, status: 423, title: "Locked", type: "x" }));
    const text = root.querySelector("[role=alert]")?.textContent ?? "";
    expect(text).toContain("账户已锁定");
    expect(text).toContain(new Intl.DateTimeFormat("zh-CN", { dateStyle: "medium", timeStyle: "short" }).format(new Date(lockedUntil)));
  });
});
