import { createSignal, For, Show } from "solid-js";
import * as CountsApi from "../../../api/warehouse-counts";
import type { CountScopeKind, CountSummary } from "../../../api/warehouse-ops-types";
import { Field } from "../../../components/Field";
import { FormDialog } from "../../../components/FormDialog";
import { Segmented } from "../../../components/Segmented";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { BIN_KINDS } from "../labels";
import { scopeFrom } from "./count-rules";

const KINDS: readonly CountScopeKind[] = ["zone", "binKind", "style"];

/** Opens a count of a zone, a bin kind (class of place) or a style: the sheet lists what the books hold there. */
export function NewCountDialog(props: { onClose: () => void; onCreated: (count: CountSummary) => void }) {
  const { t } = useI18n();
  const [kind, setKind] = createSignal<CountScopeKind>("zone");
  const [value, setValue] = createSignal("");
  const [badValue, setBadValue] = createSignal(false);
  const action = createAction(async () => {
    const parsed = scopeFrom(kind(), kind() === "binKind" ? value() || "normal" : value());
    if (!parsed.ok) {
      setBadValue(true);
      throw new Error(t("wh.count.scopeInvalid"));
    }
    return CountsApi.create(parsed.scope);
  });
  return (
    <FormDialog
      title={t("wh.count.createTitle")}
      submitLabel={t("wh.count.create")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        setBadValue(false);
        const outcome = await action.run();
        if (outcome.ok) props.onCreated(outcome.value);
      }}
    >
      <div class="field">
        <span class="field-label">{t("wh.count.scopeKind")}</span>
        <Segmented
          name="scopeKind"
          label={t("wh.count.scopeKind")}
          options={KINDS}
          value={kind()}
          onChange={(k) => {
            setKind(k);
            setValue("");
          }}
          text={(k) => t(`wh.count.scopeKind.${k}`)}
        />
      </div>
      <Show
        when={kind() === "binKind"}
        fallback={
          <Field label={kind() === "zone" ? t("wh.zone") : t("wh.styleCode")} invalid={badValue() || action.invalid("scope.value")} hint={kind() === "zone" ? t("wh.count.zoneHint") : undefined}>
            <input name="scopeValue" data-autofocus value={value()} onInput={(e) => setValue(e.currentTarget.value)} />
          </Field>
        }
      >
        <Field label={t("wh.binKind")} invalid={action.invalid("scope.value")}>
          <select name="scopeValue" value={value() || "normal"} onChange={(e) => setValue(e.currentTarget.value)}>
            <For each={BIN_KINDS}>{(k) => <option value={k}>{t(`wh.binKind.${k}`)}</option>}</For>
          </select>
        </Field>
      </Show>
      <p class="muted small">{t("wh.count.blindHint")}</p>
    </FormDialog>
  );
}
