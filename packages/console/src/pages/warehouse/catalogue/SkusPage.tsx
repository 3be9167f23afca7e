import { A, useNavigate } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import * as CatalogueApi from "../../../api/warehouse-catalogue";
import type { SkuInfo } from "../../../api/warehouse-types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Field } from "../../../components/Field";
import { Page } from "../../../components/Page";
import { PagedView } from "../../../components/PagedView";
import { useI18n } from "../../../i18n";
import { allPages, toCsv } from "../../../lib/csv";
import { createPagedList } from "../../../lib/paged";
import { CATALOGUE_EDITORS, useCan } from "../access";
import { SkuFinder } from "../components/SkuFinder";
import { rememberSkus } from "../sku-words";
import { NewSkuDialog } from "./NewSkuDialog";

/** The catalogue (款式 + 颜色 + 尺码) in style order; a scan or a style code finds one. */
export function SkusPage() {
  const { t } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const [style, setStyle] = createSignal("");
  const [applied, setApplied] = createSignal("");
  const [creating, setCreating] = createSignal(false);
  const list = createPagedList((cursor) => CatalogueApi.list({ styleCode: applied() || undefined }, cursor));
  createEffect(on(applied, () => void list.reset()));
  createEffect(() => rememberSkus(list.items()));
  const exportCsv = async () => {
    const { items, truncated } = await allPages((cursor) => CatalogueApi.list({ styleCode: applied() || undefined }, cursor));
    return {
      truncated,
      csv: toCsv<SkuInfo>(
        [
          { header: t("wh.styleCode"), value: (s) => s.styleCode },
          { header: t("wh.colour"), value: (s) => s.colour },
          { header: t("wh.size"), value: (s) => s.size },
          { header: t("wh.name"), value: (s) => s.name },
          { header: t("wh.sku.outerSkuId"), value: (s) => s.outerSkuId },
          { header: t("wh.sku.homeBin"), value: (s) => s.homeBin },
          { header: t("wh.sku.caseBin"), value: (s) => s.caseBin },
          { header: t("wh.sku.caseQty"), value: (s) => s.caseQty },
          { header: t("wh.sku.reorderPoint"), value: (s) => s.reorderPoint },
          { header: t("wh.sku.uniqueCodes"), value: (s) => (s.uniqueCodes ? t("wh.yes") : t("wh.no")) },
          { header: t("wh.sku.active"), value: (s) => (s.active ? t("wh.yes") : t("wh.no")) },
          { header: t("wh.sku"), value: (s) => s.skuId },
        ],
        items,
      ),
    };
  };

  return (
    <Page
      title={t("wh.skus.title")}
      actions={
        <Show when={can(CATALOGUE_EDITORS)}>
          <button type="button" class="button-primary" onClick={() => setCreating(true)}>
            {t("wh.sku.create")}
          </button>
        </Show>
      }
    >
      <div class="two-columns filters">
        <section class="card">
          <h2>{t("wh.skus.scan")}</h2>
          <SkuFinder onFound={(sku) => navigate(`/warehouse/skus/${sku.skuId}`)} />
        </section>
        <form
          class="card"
          onSubmit={(e) => {
            e.preventDefault();
            setApplied(style().trim());
          }}
        >
          <h2>{t("wh.skus.byStyle")}</h2>
          <div class="form-row">
            <Field label={t("wh.styleCode")} hint={t("wh.skus.styleHint")}>
              <input name="styleCode" value={style()} onInput={(e) => setStyle(e.currentTarget.value)} />
            </Field>
            <div class="field field-button">
              <button type="submit">{t("wh.show")}</button>
            </div>
          </div>
        </form>
      </div>
      <div class="list-toolbar">
        <span class="muted">{applied() ? t("wh.skus.ofStyle", { style: applied() }) : t("wh.skus.all")}</span>
        <ExportCsvButton fileName={() => `skus${applied() ? `-${applied()}` : ""}.csv`} build={exportCsv} disabled={list.items().length === 0} />
      </div>
      <PagedView list={list} empty={t("wh.skus.empty")}>
        <table class="table" data-testid="skus">
          <thead>
            <tr>
              <th>{t("wh.styleCode")}</th>
              <th>{t("wh.colour")}</th>
              <th>{t("wh.size")}</th>
              <th>{t("wh.name")}</th>
              <th>{t("wh.sku.outerSkuId")}</th>
              <th>{t("wh.sku.homeBin")}</th>
              <th class="num">{t("wh.sku.reorderPoint")}</th>
              <th class="col-actions" />
            </tr>
          </thead>
          <tbody>
            <For each={list.items()}>
              {(s) => (
                <tr data-sku-id={s.skuId} classList={{ inactive: !s.active }}>
                  <td class="mono">{s.styleCode}</td>
                  <td>{s.colour}</td>
                  <td>{s.size}</td>
                  <td>
                    {s.name}
                    <Show when={s.uniqueCodes}>
                      {" "}
                      <span class="chip">{t("wh.sku.uniqueCodesShort")}</span>
                    </Show>
                  </td>
                  <td class="mono small">{s.outerSkuId}</td>
                  <td class="mono">{s.homeBin}</td>
                  <td class="num">{s.reorderPoint}</td>
                  <td class="col-actions">
                    <A href={`/warehouse/skus/${s.skuId}`}>{can(CATALOGUE_EDITORS) ? t("common.edit") : t("common.view")}</A>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </PagedView>
      <Show when={creating()}>
        <NewSkuDialog onClose={() => setCreating(false)} onCreated={(sku) => navigate(`/warehouse/skus/${sku.skuId}`)} />
      </Show>
    </Page>
  );
}
