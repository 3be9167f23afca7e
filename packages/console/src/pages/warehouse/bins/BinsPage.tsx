import { A } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import * as BinsApi from "../../../api/warehouse-bins";
import type { BinFilter } from "../../../api/warehouse-bins";
import type { BinInfo, BinKind } from "../../../api/warehouse-types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Field } from "../../../components/Field";
import { Page } from "../../../components/Page";
import { PagedView } from "../../../components/PagedView";
import { Notice } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { allPages, toCsv } from "../../../lib/csv";
import { createPagedList } from "../../../lib/paged";
import { CATALOGUE_EDITORS, STOCK_READERS, useCan, WAREHOUSE_STAFF } from "../access";
import { BIN_KINDS } from "../labels";
import { EditBinDialog, NewBinDialog } from "./BinDialogs";

const labelsHref = (filter: BinFilter) => {
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString();
  return `/warehouse/bins/labels${query ? `?${query}` : ""}`;
};

/** Bins (库位) in code order — zone, aisle, shelf, level — of a kind or a zone; labels to print. */
export function BinsPage() {
  const { t } = useI18n();
  const can = useCan();
  const [kind, setKind] = createSignal<BinKind | "">("");
  const [zone, setZone] = createSignal("");
  const [filter, setFilter] = createSignal<BinFilter>({});
  const [creating, setCreating] = createSignal(false);
  const [editing, setEditing] = createSignal<BinInfo>();
  const [notice, setNotice] = createSignal<string>();
  const list = createPagedList((cursor) => BinsApi.list(filter(), cursor));
  createEffect(on(filter, () => void list.reset()));
  const exportCsv = async () => {
    const { items, truncated } = await allPages((cursor) => BinsApi.list(filter(), cursor));
    return {
      truncated,
      csv: toCsv<BinInfo>(
        [
          { header: t("wh.bin"), value: (b) => b.binCode },
          { header: t("wh.zone"), value: (b) => b.zone },
          { header: t("wh.bins.aisle"), value: (b) => b.aisle },
          { header: t("wh.bins.shelf"), value: (b) => b.shelf },
          { header: t("wh.bins.level"), value: (b) => b.level },
          { header: t("wh.binKind"), value: (b) => t(`wh.binKind.${b.kind}`) },
          { header: t("wh.name"), value: (b) => b.name },
          { header: t("wh.bins.active"), value: (b) => (b.active ? t("wh.yes") : t("wh.no")) },
        ],
        items,
      ),
    };
  };

  return (
    <Page
      title={t("wh.bins.title")}
      actions={
        <>
          <Show when={can(WAREHOUSE_STAFF)}>
            <A href={labelsHref(filter())}>{t("wh.bins.printLabels")}</A>
          </Show>
          <Show when={can(CATALOGUE_EDITORS)}>
            <button type="button" class="button-primary" onClick={() => setCreating(true)}>
              {t("wh.bins.create")}
            </button>
          </Show>
        </>
      }
    >
      <Show when={notice()}>
        <Notice>{notice()}</Notice>
      </Show>
      <form
        class="card filters form-row"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter({ kind: kind() || undefined, zone: zone().trim().toUpperCase() || undefined });
        }}
      >
        <Field label={t("wh.binKind")}>
          <select name="kind" value={kind()} onChange={(e) => setKind(e.currentTarget.value as BinKind | "")}>
            <option value="">{t("wh.bins.allKinds")}</option>
            <For each={BIN_KINDS}>{(k) => <option value={k}>{t(`wh.binKind.${k}`)}</option>}</For>
          </select>
        </Field>
        <Field label={t("wh.zone")}>
          <input name="zone" maxLength={3} value={zone()} onInput={(e) => setZone(e.currentTarget.value)} />
        </Field>
        <div class="field field-button">
          <button type="submit">{t("wh.show")}</button>
        </div>
        <div class="field field-button">
          <ExportCsvButton fileName={() => "bins.csv"} build={exportCsv} disabled={list.items().length === 0} />
        </div>
      </form>
      <PagedView list={list} empty={t("wh.bins.empty")}>
        <table class="table" data-testid="bins">
          <thead>
            <tr>
              <th>{t("wh.bin")}</th>
              <th>{t("wh.binKind")}</th>
              <th>{t("wh.name")}</th>
              <th>{t("wh.bins.active")}</th>
              <th class="col-actions" />
            </tr>
          </thead>
          <tbody>
            <For each={list.items()}>
              {(b) => (
                <tr data-bin={b.binCode} classList={{ inactive: !b.active }}>
                  <td class="mono">{b.binCode}</td>
                  <td>{t(`wh.binKind.${b.kind}`)}</td>
                  <td>{b.name}</td>
                  <td>
                    <span class={b.active ? "status status-ok" : "status status-off"}>{b.active ? t("wh.bins.inUse") : t("wh.bins.retired")}</span>
                  </td>
                  <td class="col-actions">
                    <div class="button-row">
                      <Show when={can(STOCK_READERS)}>
                        <A href={`/warehouse/stock?bin=${b.binCode}`}>{t("wh.bins.stock")}</A>
                      </Show>
                      <Show when={can(CATALOGUE_EDITORS)}>
                        <button type="button" class="button-link" onClick={() => setEditing(b)}>
                          {t("common.edit")}
                        </button>
                      </Show>
                    </div>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </PagedView>
      <Show when={creating()}>
        <NewBinDialog
          onClose={() => setCreating(false)}
          onCreated={(message) => {
            setCreating(false);
            setNotice(message);
            void list.reset();
          }}
        />
      </Show>
      <Show when={editing()}>
        {(bin) => (
          <EditBinDialog
            bin={bin()}
            onClose={() => setEditing(undefined)}
            onSaved={(saved) => {
              setEditing(undefined);
              setNotice(t("wh.bins.saved", { bin: saved.binCode }));
              void list.reset();
            }}
          />
        )}
      </Show>
    </Page>
  );
}
