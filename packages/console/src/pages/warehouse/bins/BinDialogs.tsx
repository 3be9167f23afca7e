import { createSignal, For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import * as BinsApi from "../../../api/warehouse-bins";
import type { BinInfo, BinKind } from "../../../api/warehouse-types";
import { Field } from "../../../components/Field";
import { FormDialog } from "../../../components/FormDialog";
import { Segmented } from "../../../components/Segmented";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { BIN_KINDS } from "../labels";

const n = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);

/**
 * One bin at zone-aisle-shelf-level, or a whole block (aisles × shelves × levels) at once; bins
 * that exist already are left as they are.
 */
export function NewBinDialog(props: { onClose: () => void; onCreated: (message: string) => void }) {
  const { t } = useI18n();
  const [mode, setMode] = createSignal<"one" | "block">("one");
  const [d, set] = createStore({ zone: "A", aisle: "1", shelf: "1", level: "1", aisleTo: "1", shelfTo: "1", levelTo: "1", kind: "normal" as BinKind, name: "" });
  const action = createAction(async () => {
    const zone = d.zone.trim().toUpperCase();
    if (mode() === "one") {
      const bin = await BinsApi.create({ zone, aisle: n(d.aisle), shelf: n(d.shelf), level: n(d.level), kind: d.kind, name: d.name.trim() || undefined });
      return t("wh.bins.created", { bin: bin.binCode });
    }
    const result = await BinsApi.createRange({ zone, aisles: [n(d.aisle), n(d.aisleTo)], shelves: [n(d.shelf), n(d.shelfTo)], levels: [n(d.level), n(d.levelTo)], kind: d.kind });
    return t("wh.bins.createdRange", { count: result.created.length });
  });
  const pair = (key: "aisle" | "shelf" | "level", to: "aisleTo" | "shelfTo" | "levelTo", label: string, api: string) => (
    <Field label={label} invalid={action.invalid(key) || action.invalid(api)}>
      <span class="input-affix">
        <input name={key} inputmode="numeric" value={d[key]} onInput={(e) => set(key, e.currentTarget.value)} />
        <Show when={mode() === "block"}>
          <span>–</span>
          <input name={to} inputmode="numeric" value={d[to]} onInput={(e) => set(to, e.currentTarget.value)} />
        </Show>
      </span>
    </Field>
  );
  return (
    <FormDialog
      title={t("wh.bins.createTitle")}
      submitLabel={t("wh.bins.create")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        const outcome = await action.run();
        if (outcome.ok) props.onCreated(outcome.value);
      }}
    >
      <Segmented name="mode" label={t("wh.bins.createTitle")} options={["one", "block"] as const} value={mode()} onChange={setMode} text={(m) => t(`wh.bins.mode.${m}`)} />
      <div class="form-grid">
        <Field label={t("wh.zone")} invalid={action.invalid("zone")} hint={t("wh.bins.zoneHint")}>
          <input name="zone" maxLength={3} value={d.zone} onInput={(e) => set("zone", e.currentTarget.value)} />
        </Field>
        {pair("aisle", "aisleTo", t("wh.bins.aisle"), "aisles")}
        {pair("shelf", "shelfTo", t("wh.bins.shelf"), "shelves")}
        {pair("level", "levelTo", t("wh.bins.level"), "levels")}
        <Field label={t("wh.binKind")} invalid={action.invalid("kind")}>
          <select name="kind" value={d.kind} onChange={(e) => set("kind", e.currentTarget.value as BinKind)}>
            <For each={BIN_KINDS}>{(k) => <option value={k}>{t(`wh.binKind.${k}`)}</option>}</For>
          </select>
        </Field>
        <Show when={mode() === "one"}>
          <Field label={t("wh.name")} invalid={action.invalid("name")}>
            <input name="name" value={d.name} onInput={(e) => set("name", e.currentTarget.value)} />
          </Field>
        </Show>
      </div>
    </FormDialog>
  );
}

/** Rename a bin, change its kind, or retire it (the API refuses while it holds stock). */
export function EditBinDialog(props: { bin: BinInfo; onClose: () => void; onSaved: (bin: BinInfo) => void }) {
  const { t } = useI18n();
  const [d, set] = createStore({ kind: props.bin.kind, name: props.bin.name ?? "", active: props.bin.active });
  const action = createAction(() => BinsApi.update(props.bin.binCode, { kind: d.kind, name: d.name.trim() || null, active: d.active }));
  return (
    <FormDialog
      title={t("wh.bins.editTitle", { bin: props.bin.binCode })}
      submitLabel={t("common.save")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        const outcome = await action.run();
        if (outcome.ok) props.onSaved(outcome.value);
      }}
    >
      <Field label={t("wh.binKind")} invalid={action.invalid("kind")}>
        <select name="kind" value={d.kind} onChange={(e) => set("kind", e.currentTarget.value as BinKind)}>
          <For each={BIN_KINDS}>{(k) => <option value={k}>{t(`wh.binKind.${k}`)}</option>}</For>
        </select>
      </Field>
      <Field label={t("wh.name")} invalid={action.invalid("name")}>
        <input name="name" value={d.name} onInput={(e) => set("name", e.currentTarget.value)} />
      </Field>
      <label class="checkbox field">
        <input type="checkbox" name="active" checked={d.active} onChange={(e) => set("active", e.currentTarget.checked)} />
        {t("wh.bins.activeHint")}
      </label>
    </FormDialog>
  );
}
