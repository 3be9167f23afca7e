import { A, type RouteSectionProps } from "@solidjs/router";
import { For, Show } from "solid-js";
import { useI18n, type MessageKey } from "../i18n";
import { useAuth } from "../providers/auth";
import { mayOpen, type Area } from "../areas";
import { LanguageSwitch } from "./LanguageSwitch";

type Access = "any" | "manager" | "admin";
const NAV: { href: string; label: MessageKey; access: Access }[] = [
  { href: "/staff", label: "nav.staff", access: "manager" },
  { href: "/badges", label: "nav.badges", access: "manager" },
  { href: "/devices", label: "nav.devices", access: "manager" },
  { href: "/settings", label: "nav.settings", access: "manager" },
  { href: "/audit", label: "nav.audit", access: "manager" },
  { href: "/dead-letters", label: "nav.deadLetters", access: "admin" },
  { href: "/account", label: "nav.account", access: "any" },
];

/** The frame around every signed-in page: who is signed in, the language, and where to go. */
export function Shell(props: RouteSectionProps & { areas?: readonly Area[] }) {
  const auth = useAuth();
  const { t } = useI18n();
  const allowed = (access: Access) => access === "any" || (access === "manager" ? auth.isManager() : auth.isAdmin());
  // Each area's pages the signed-in roles may open; an area with none is left out entirely.
  const areaNav = () =>
    (props.areas ?? [])
      .map((area) => ({ title: area.title, entries: area.nav.filter((entry) => mayOpen(entry, auth.me()?.roles ?? [])) }))
      .filter((group) => group.entries.length > 0);

  return (
    <div class="shell">
      <header class="topbar no-print">
        <A href="/" class="brand">
          {t("app.name")}
        </A>
        <div class="topbar-right">
          <LanguageSwitch />
          <span class="who" data-testid="signed-in-as">
            {auth.me()?.name ?? ""} · {auth.me()?.staffNo}
          </span>
          <button type="button" class="button-small" onClick={() => void auth.logout()}>
            {t("nav.signOut")}
          </button>
        </div>
      </header>
      <div class="shell-body">
        <nav class="sidebar no-print" aria-label={t("nav.label")}>
          <For each={NAV.filter((item) => allowed(item.access))}>
            {(item) => (
              <A href={item.href} activeClass="active">
                {t(item.label)}
              </A>
            )}
          </For>
          <For each={areaNav()}>
            {(group) => (
              <>
                <div class="sidebar-group">{t(group.title)}</div>
                <For each={group.entries}>
                  {(entry) => (
                    <A href={entry.href} end={entry.end} activeClass="active">
                      {t(entry.label)}
                    </A>
                  )}
                </For>
              </>
            )}
          </For>
        </nav>
        <main class="content">
          <Show when={!auth.isManager() && areaNav().length === 0}>
            <p class="banner banner-info no-print">{t("shell.noManagerRole")}</p>
          </Show>
          {props.children}
        </main>
      </div>
    </div>
  );
}
