import { A, useParams } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import * as CatalogueApi from "../../../api/warehouse-catalogue";
import type { SkuDetail } from "../../../api/warehouse-types";
import { ConfirmButton } from "../../../components/ConfirmButton";
import { Field } from "../../../components/Field";
import { Page } from "../../../components/Page";
import { ErrorBanner, Loadable, Notice } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { CATALOGUE_EDITORS, STOCK_READERS, useCan, WAREHOUSE_STAFF } from "../access";
import { Code } from "../components/Code";
import { normaliseBin } from "../labels";
import { rememberSkus, variantOf } from "../sku-words";

/** One SKU's record: what can change, its barcodes, its labels and unit codes. */
export function SkuPage() {
  const { t } = useI18n();
  const can = useCan();
  const params = useParams<{ skuId: string }>();
  const [sku, { refetch, mutate }] = createResource(() => params.skuId, CatalogueApi.get);
  const [notice, setNotice] = createSignal<string>();

  return (
    <Page
      title={sku.state === "ready" ? `${variantOf(sku.latest)} · ${sku.latest.name}` : t("wh.skus.title")}
      actions={
        <>
          <Show when={can(STOCK_READERS)}>
            <A href={`/warehouse/stock/sku/${params.skuId}`}>{t("wh.sku.stock")}</A>
          </Show>
          <Show when={can(WAREHOUSE_STAFF)}>
            <A href={`/warehouse/skus/${params.skuId}/labels`}>{t("wh.sku.printLabels")}</A>
          </Show>
          <A href="/warehouse/skus">{t("common.back")}</A>
        </>
      }
    >
      <Show when={notice()}>
        <Notice>{notice()}</Notice>
      </Show>
      <Loadable resource={sku} retry={refetch}>
        {(current) => (
          <Show when={current().skuId} keyed>
            <div class="stack">
              <SkuFields
                sku={current()}
                editable={can(CATALOGUE_EDITORS)}
                onSaved={(saved) => {
                  rememberSkus([saved]);
                  mutate({ ...current(), ...saved });
                  setNotice(t("common.saved"));
                }}
              />
              <Barcodes sku={current()} editable={can(CATALOGUE_EDITORS)} onChanged={() => void refetch()} onNotice={setNotice} />
            </div>
          </Show>
        )}
      </Loadable>
    </Page>
  );
}

function SkuFields(props: { sku: SkuDetail; editable: boolean; onSaved: (sku: SkuDetail) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = createStore({
    name: props.sku.name,
    outerSkuId: props.sku.outerSkuId,
    homeBin: props.sku.homeBin,
    caseBin: props.sku.caseBin ?? "",
    caseQty: props.sku.caseQty ? String(props.sku.caseQty) : "",
    reorderPoint: String(props.sku.reorderPoint),
    uniqueCodes: props.sku.uniqueCodes,
    active: props.sku.active,
  });
  const action = createAction(async () => {
    const saved = await CatalogueApi.update(props.sku.skuId, {
      name: draft.name.trim(),
      outerSkuId: draft.outerSkuId.trim(),
      homeBin: normaliseBin(draft.homeBin),
      caseBin: draft.caseBin.trim() ? normaliseBin(draft.caseBin) : null,
      caseQty: draft.caseQty.trim() ? Number(draft.caseQty) : null,
      reorderPoint: Number(draft.reorderPoint),
      uniqueCodes: draft.uniqueCodes,
      active: draft.active,
    });
    return { ...props.sku, ...saved };
  });
  const text = (key: "name" | "outerSkuId" | "homeBin" | "caseBin" | "caseQty" | "reorderPoint", label: string, hint?: string) => (
    <Field label={label} hint={hint} invalid={action.invalid(key)}>
      <input name={key} value={draft[key]} disabled={!props.editable} onInput={(e) => setDraft(key, e.currentTarget.value)} />
    </Field>
  );
  return (
    <form
      class="card"
      novalidate
      onSubmit={async (e) => {
        e.preventDefault();
        const outcome = await action.run();
        if (outcome.ok) props.onSaved(outcome.value);
      }}
    >
      <h2>{t("wh.sku.details")}</h2>
      <dl class="facts-inline">
        <dt>{t("wh.styleCode")}</dt>
        <dd class="mono">{props.sku.styleCode}</dd>
        <dt>{t("wh.colour")}</dt>
        <dd>{props.sku.colour}</dd>
        <dt>{t("wh.size")}</dt>
        <dd>{props.sku.size}</dd>
      </dl>
      <ErrorBanner error={action.error()} />
      <div class="form-grid">
        {text("name", t("wh.name"))}
        {text("outerSkuId", t("wh.sku.outerSkuId"), t("wh.sku.outerSkuIdHint"))}
        {text("homeBin", t("wh.sku.homeBin"), t("wh.binCodeHint"))}
        {text("caseBin", t("wh.sku.caseBin"), t("wh.sku.caseBinHint"))}
        {text("caseQty", t("wh.sku.caseQty"))}
        {text("reorderPoint", t("wh.sku.reorderPoint"))}
        <label class="checkbox field">
          <input type="checkbox" name="uniqueCodes" disabled={!props.editable} checked={draft.uniqueCodes} onChange={(e) => setDraft("uniqueCodes", e.currentTarget.checked)} />
          {t("wh.sku.uniqueCodes")}
        </label>
        <label class="checkbox field">
          <input type="checkbox" name="active" disabled={!props.editable} checked={draft.active} onChange={(e) => setDraft("active", e.currentTarget.checked)} />
          {t("wh.sku.active")}
        </label>
      </div>
      <Show when={props.editable}>
        <div class="form-actions">
          <button type="submit" class="button-primary" disabled={action.pending()}>
            {action.pending() ? t("common.saving") : t("common.save")}
          </button>
        </div>
      </Show>
    </form>
  );
}

function Barcodes(props: { sku: SkuDetail; editable: boolean; onChanged: () => void; onNotice: (message: string) => void }) {
  const { t } = useI18n();
  const [code, setCode] = createSignal("");
  const [units, setUnits] = createSignal("10");
  const add = createAction((value?: string) => CatalogueApi.addBarcode(props.sku.skuId, value));
  const issue = createAction(() => CatalogueApi.issueUnitCodes(props.sku.skuId, Number(units())));
  const shown = () => props.sku.barcodes.filter((b) => b.kind !== "unit");
  const unitCount = () => props.sku.barcodes.filter((b) => b.kind === "unit").length;
  return (
    <section class="card">
      <h2>{t("wh.sku.barcodes")}</h2>
      <table class="table table-compact" data-testid="barcodes">
        <tbody>
          <For each={shown()}>
            {(b) => (
              <tr data-code={b.code}>
                <td>
                  <Code value={b.code} symbology={b.kind === "ean13" || b.kind === "upca" ? "EAN13" : "CODE128"} height={36} />
                </td>
                <td>{t(`wh.barcodeKind.${b.kind}`)}</td>
                <td class="col-actions">
                  <Show when={props.editable}>
                    <ConfirmButton
                      label={t("common.remove")}
                      title={t("wh.sku.removeBarcodeTitle")}
                      message={t("wh.sku.removeBarcodeMessage", { code: b.code })}
                      danger
                      class="button-small"
                      onConfirm={async () => {
                        await CatalogueApi.removeBarcode(props.sku.skuId, b.code);
                        props.onChanged();
                      }}
                    />
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={props.sku.uniqueCodes}>
        <p class="muted">{t("wh.sku.unitCodesIssued", { count: unitCount() })}</p>
      </Show>
      <Show when={props.editable}>
        <ErrorBanner error={add.error() ?? issue.error()} />
        <form
          class="form-row"
          onSubmit={async (e) => {
            e.preventDefault();
            if ((await add.run(code().trim())).ok) {
              setCode("");
              props.onChanged();
            }
          }}
        >
          <Field label={t("wh.sku.addBarcode")} hint={t("wh.sku.addBarcodeHint")} invalid={add.invalid("code")}>
            <input name="newBarcode" value={code()} onInput={(e) => setCode(e.currentTarget.value)} />
          </Field>
          <div class="field field-button">
            <button type="submit" disabled={!code().trim() || add.pending()}>
              {t("wh.sku.addBarcodeSubmit")}
            </button>
          </div>
          <div class="field field-button">
            <button
              type="button"
              disabled={add.pending()}
              onClick={async () => {
                if ((await add.run(undefined)).ok) props.onChanged();
              }}
            >
              {t("wh.sku.newInternal")}
            </button>
          </div>
        </form>
        <Show when={props.sku.uniqueCodes}>
          <form
            class="form-row"
            onSubmit={async (e) => {
              e.preventDefault();
              const outcome = await issue.run();
              if (outcome.ok) {
                props.onNotice(t("wh.sku.unitCodesMade", { count: outcome.value.length }));
                props.onChanged();
              }
            }}
          >
            <Field label={t("wh.sku.unitCodesCount")} invalid={issue.invalid("count")}>
              <input name="unitCount" inputmode="numeric" value={units()} onInput={(e) => setUnits(e.currentTarget.value)} />
            </Field>
            <div class="field field-button">
              <button type="submit" disabled={issue.pending()}>
                {t("wh.sku.issueUnitCodes")}
              </button>
            </div>
            <div class="field field-button">
              <A href={`/warehouse/skus/${props.sku.skuId}/labels?units=1`}>{t("wh.sku.printUnitCodes")}</A>
            </div>
          </form>
        </Show>
      </Show>
    </section>
  );
}
