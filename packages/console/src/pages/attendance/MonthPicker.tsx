import { Field } from "../../components/Field";
import { useI18n } from "../../i18n";
import { shiftMonth } from "./labels";

/** A month with one-step buttons either side. */
export function MonthPicker(props: { value: string; onChange: (month: string) => void }) {
  const { t } = useI18n();
  return (
    <Field label={t("att.month")}>
      <span class="input-affix">
        <button type="button" class="button-small" aria-label={t("att.previousMonth")} onClick={() => props.onChange(shiftMonth(props.value, -1))}>
          ‹
        </button>
        <input type="month" name="month" value={props.value} onChange={(e) => e.currentTarget.value && props.onChange(e.currentTarget.value)} />
        <button type="button" class="button-small" aria-label={t("att.nextMonth")} onClick={() => props.onChange(shiftMonth(props.value, 1))}>
          ›
        </button>
      </span>
    </Field>
  );
}
