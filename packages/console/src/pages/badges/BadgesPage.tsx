import { A } from "@solidjs/router";
import { createMemo, createResource, createSignal, For, Show } from "solid-js";
import { StaffApi, type SheetEntry } from "../../api";
import { Page } from "../../components/Page";
import { Empty, Loadable, Notice } from "../../components/States";
import { useI18n } from "../../i18n";
import { IssueBadgeButton } from "./IssueBadgeButton";

/** Everyone active with their current badge: issue the missing ones, replace lost ones, print. */
export function BadgesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [sheet, { refetch }] = createResource(StaffApi.badgeSheet);
  const [issued, setIssued] = createSignal<string>();
  const [onlyMissing, setOnlyMissing] = createSignal(false);
  const departmentName = (d: string) => i18n.lookup(`department.${d}`, d);

  return (
    <Page
      title={t("badges.title")}
      actions={
        <>
          <label class="checkbox">
            <input type="checkbox" checked={onlyMissing()} onChange={(e) => setOnlyMissing(e.currentTarget.checked)} />
            {t("badges.onlyMissing")}
          </label>
          <A href="/badges/sheet" class="button button-primary">
            {t("badges.printSheet")}
          </A>
        </>
      }
    >
      <Show when={issued()}>
        <Notice>{issued()}</Notice>
      </Show>
      <Loadable resource={sheet} retry={refetch}>
        {(entries) => {
          const shown = createMemo(() => entries().filter((e: SheetEntry) => !onlyMissing() || !e.badgeCode));
          return (
            <Show when={shown().length > 0} fallback={<Empty>{t("badges.emptySheet")}</Empty>}>
              <table class="table">
                <thead>
                  <tr>
                    <th class="col-narrow">{t("staff.staffNo")}</th>
                    <th>{t("staff.name")}</th>
                    <th>{t("staff.department")}</th>
                    <th>{t("badges.code")}</th>
                    <th class="col-actions" />
                  </tr>
                </thead>
                <tbody>
                  <For each={shown()}>
                    {(entry) => (
                      <tr>
                        <td class="mono">{entry.staffNo}</td>
                        <td>
                          <A href={`/staff/${entry.staffNo}`}>{entry.name}</A>
                        </td>
                        <td>{departmentName(entry.department)}</td>
                        <td class="mono">{entry.badgeCode ?? <span class="muted">{t("badges.none")}</span>}</td>
                        <td class="col-actions">
                          <IssueBadgeButton
                            staffNo={entry.staffNo}
                            name={entry.name}
                            hasBadge={!!entry.badgeCode}
                            onIssued={(badge) => {
                              setIssued(t("badges.issued", { name: entry.name, code: badge.badgeCode }));
                              void refetch();
                            }}
                          />
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          );
        }}
      </Loadable>
    </Page>
  );
}
