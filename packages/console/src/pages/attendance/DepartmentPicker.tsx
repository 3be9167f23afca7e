import { For, Show } from "solid-js";
import type { Department } from "../../api/types";
import { Field } from "../../components/Field";
import { useI18n } from "../../i18n";

/** Which department a page shows; hidden when there is only one to choose. */
export function DepartmentPicker(props: { value: Department; options: readonly Department[]; onChange: (department: Department) => void }) {
  const { t } = useI18n();
  return (
    <Show when={props.options.length > 1}>
      <Field label={t("staff.department")}>
        <select name="department" value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as Department)}>
          <For each={props.options}>{(d) => <option value={d}>{t(`department.${d}`)}</option>}</For>
        </select>
      </Field>
    </Show>
  );
}
