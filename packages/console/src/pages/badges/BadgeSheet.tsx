import { A } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { StaffApi } from "../../api";
import { Page } from "../../components/Page";
import { Empty, Loadable } from "../../components/States";
import { DEPARTMENTS } from "../../domain";
import { useI18n } from "../../i18n";
import type { SheetEntry } from "../../api";
import { Barcode } from "./Barcode";
import { PrintButton } from "../../components/PrintButton";

/** Department by department, so the cut cards are handed out in one round. */
const departmentRank = (department: string) => (DEPARTMENTS as readonly string[]).indexOf(department);
const inSheetOrder = (entries: SheetEntry[]) =>
  [...entries].sort((a, b) => departmentRank(a.department) - departmentRank(b.department) || a.staffNo.localeCompare(b.staffNo));

/**
 * Every active badge as a card the size of a bank card, ready to print and cut. The print
 * stylesheet drops the console around it.
 */
export function BadgeSheet() {
  const i18n = useI18n();
  const { t } = i18n;
  const [sheet, { refetch }] = createResource(StaffApi.badgeSheet);
  const departmentName = (d: string) => i18n.lookup(`department.${d}`, d);

  return (
    <Page
      title={t("badges.sheetTitle")}
      class="badge-sheet-page"
      actions={
        <div class="no-print page-actions">
          <A href="/badges">{t("common.back")}</A>
          <PrintButton class="button-primary">{t("badges.print")}</PrintButton>
        </div>
      }
    >
      <Loadable resource={sheet} retry={refetch}>
        {(entries) => (
          <Show when={entries().length > 0} fallback={<Empty>{t("badges.emptySheet")}</Empty>}>
            <p class="muted no-print">{t("badges.sheetHint", { count: entries().filter((e) => e.badgeCode).length })}</p>
            <div class="badge-sheet">
              <For each={inSheetOrder(entries())}>
                {(entry) => (
                  <article class="badge-card" data-staff-no={entry.staffNo}>
                    <div class="badge-card-head">
                      <span class="badge-card-name">{entry.name}</span>
                      <span class="badge-card-no mono">{entry.staffNo}</span>
                    </div>
                    <div class="badge-card-department">{departmentName(entry.department)}</div>
                    <Show when={entry.badgeCode} fallback={<p class="badge-card-missing">{t("badges.none")}</p>}>
                      {(code) => <Barcode value={code()} label={`${entry.name} ${entry.staffNo}`} />}
                    </Show>
                  </article>
                )}
              </For>
            </div>
          </Show>
        )}
      </Loadable>
    </Page>
  );
}
