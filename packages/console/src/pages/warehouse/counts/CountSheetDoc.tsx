import { A, useParams } from "@solidjs/router";
import { createResource, For } from "solid-js";
import * as CountsApi from "../../../api/warehouse-counts";
import { Page } from "../../../components/Page";
import { Loadable } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { useShopTime } from "../../../lib/shop-time";
import { Code } from "../components/Code";
import { byBin } from "./count-rules";
import { useScopeText } from "./scope-text";
import { PrintButton } from "../../../components/PrintButton";

/**
 * The printable blind count sheet (盘点表): bins in walking order, each SKU with an empty box for
 * the pieces found and one for damaged pieces. Blind: there is no book column (the API's sheet
 * has no book quantity to print).
 */
export function CountSheetDoc() {
  const { t } = useI18n();
  const time = useShopTime();
  const scopeText = useScopeText();
  const params = useParams<{ countId: string }>();
  const [sheet, { refetch }] = createResource(() => params.countId, CountsApi.sheet);
  return (
    <Page
      title={t("wh.countSheet.title")}
      actions={
        <div class="no-print page-actions">
          <A href={`/warehouse/counts/${params.countId}`}>{t("common.back")}</A>
          <PrintButton class="button-primary">{t("wh.print")}</PrintButton>
        </div>
      }
    >
      <Loadable resource={sheet} retry={refetch}>
        {(s) => (
          <article class="doc count-sheet" data-testid="count-sheet-doc">
            <header class="doc-header">
              <div>
                <h1>{t("wh.countSheet.title")}</h1>
                <div>
                  {scopeText(s().scope)} · {t("wh.countSheet.lines", { lines: s().lines.length })}
                </div>
                <div class="muted">{t("wh.pickList.printedAt", { time: time.dateTime(Date.now()) })}</div>
                <div class="muted small">{t("wh.countSheet.blind")}</div>
              </div>
              <Code value={s().countId} height={36} width={1} />
            </header>
            <For each={byBin(s().lines)}>
              {(group) => (
                <section class="doc-group">
                  <h2 class="mono">{group.binCode}</h2>
                  <table class="doc-table">
                    <thead>
                      <tr>
                        <th>{t("wh.styleCode")}</th>
                        <th>{t("wh.colour")}</th>
                        <th>{t("wh.size")}</th>
                        <th>{t("wh.name")}</th>
                        <th class="tick">{t("wh.count.counted")}</th>
                        <th class="tick">{t("wh.count.damaged")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={group.lines}>
                        {(l) => (
                          <tr data-sku-id={l.skuId}>
                            <td class="strong">{l.styleCode}</td>
                            <td>{l.colour}</td>
                            <td class="strong">{l.size}</td>
                            <td>{l.name}</td>
                            <td class="tick">
                              <span class="box" />
                            </td>
                            <td class="tick">
                              <span class="box" />
                            </td>
                          </tr>
                        )}
                      </For>
                      <tr class="doc-extra">
                        <td colSpan={4} class="muted small">
                          {t("wh.countSheet.extra")}
                        </td>
                        <td class="tick" />
                        <td class="tick" />
                      </tr>
                    </tbody>
                  </table>
                </section>
              )}
            </For>
            <footer class="signatures">
              <span>{t("wh.sign.counter")}</span>
              <span>{t("wh.sign.supervisor")}</span>
              <span>{t("wh.sign.date")}</span>
            </footer>
          </article>
        )}
      </Loadable>
    </Page>
  );
}
