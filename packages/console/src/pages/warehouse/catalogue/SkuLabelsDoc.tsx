import { A, useParams, useSearchParams } from "@solidjs/router";
import { createMemo, createResource, createSignal, Index, Show } from "solid-js";
import * as CatalogueApi from "../../../api/warehouse-catalogue";
import type { SkuLabel } from "../../../api/warehouse-types";
import { Field } from "../../../components/Field";
import { Page } from "../../../components/Page";
import { Empty, Loadable } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { Code } from "../components/Code";
import { PrintButton } from "../../../components/PrintButton";

/**
 * Printable SKU labels on an A4 sheet, cut along the dashed lines: the variant in large type, the
 * barcode, and the home bin. `?units=1` prints the unit codes (唯一码) instead, one label each.
 */
export function SkuLabelsDoc() {
  const { t } = useI18n();
  const params = useParams<{ skuId: string }>();
  const [search] = useSearchParams();
  const units = () => search.units === "1";
  const [labels, { refetch }] = createResource(
    () => [params.skuId, units()] as const,
    async ([skuId, unitCodes]) => (unitCodes ? (await CatalogueApi.labels(skuId, true)).filter((l) => l.barcode.kind === "unit") : CatalogueApi.labels(skuId)),
  );
  const [copies, setCopies] = createSignal("1");
  const sheet = createMemo(() => {
    const n = Math.min(200, Math.max(1, Number.parseInt(copies(), 10) || 1));
    return (labels.latest ?? []).flatMap((label) => (units() ? [label] : Array.from({ length: n }, () => label)));
  });
  return (
    <Page
      title={units() ? t("wh.labels.unitTitle") : t("wh.labels.skuTitle")}
      actions={
        <div class="no-print page-actions">
          <Show when={!units()}>
            <Field label={t("wh.labels.copies")} class="inline-field">
              <input name="copies" inputmode="numeric" value={copies()} onInput={(e) => setCopies(e.currentTarget.value)} />
            </Field>
          </Show>
          <A href={`/warehouse/skus/${params.skuId}`}>{t("common.back")}</A>
          <PrintButton class="button-primary">{t("wh.print")}</PrintButton>
        </div>
      }
    >
      <Loadable resource={labels} retry={refetch}>
        {() => (
          <Show when={sheet().length > 0} fallback={<Empty>{t("wh.labels.none")}</Empty>}>
            <p class="muted no-print">{t("wh.labels.count", { count: sheet().length })}</p>
            <div class="label-sheet" data-testid="label-sheet">
              <Index each={sheet()}>{(label) => <SkuLabelCard label={label()} />}</Index>
            </div>
          </Show>
        )}
      </Loadable>
    </Page>
  );
}

function SkuLabelCard(props: { label: SkuLabel }) {
  return (
    <article class="label-card" data-code={props.label.barcode.value}>
      <div class="label-head">
        <span class="label-variant">
          {props.label.styleCode} {props.label.colour} <strong>{props.label.size}</strong>
        </span>
        <span class="mono label-bin">{props.label.homeBin}</span>
      </div>
      <div class="label-name">{props.label.name}</div>
      <Code value={props.label.barcode.value} symbology={props.label.barcode.symbology} height={40} width={1.6} fontSize={12} />
    </article>
  );
}

