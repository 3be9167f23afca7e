import { For, Show } from "solid-js";
import type { Department } from "../../api/types";
import { Field, inputValue } from "../../components/Field";
import { DEPARTMENTS, ROLES } from "../../domain";
import { useI18n } from "../../i18n";
import { toggleRole, type StaffDraft } from "./draft";

/** The inputs of a staff record, shared by the create dialog and the edit page. */
export function StaffFields(props: {
  draft: StaffDraft;
  set: <K extends keyof StaffDraft>(key: K, value: StaffDraft[K]) => void;
  invalid: (field: string) => boolean;
  mode: "create" | "edit";
  disabled?: boolean;
}) {
  const { t } = useI18n();
  return (
    <fieldset class="form-grid" disabled={props.disabled}>
      <Show when={props.mode === "create"}>
        <Field label={t("staff.staffNo")} invalid={props.invalid("staffNo")} hint={t("staff.staffNoHint")}>
          <input
            name="staffNo"
            inputmode="numeric"
            required
            data-autofocus
            value={props.draft.staffNo}
            onInput={(e) => props.set("staffNo", inputValue(e).trim())}
          />
        </Field>
      </Show>
      <Field label={t("staff.name")} invalid={props.invalid("name")}>
        <input name="name" required value={props.draft.name} onInput={(e) => props.set("name", inputValue(e))} />
      </Field>
      <Field label={t("staff.department")} invalid={props.invalid("department")}>
        <select
          name="department"
          value={props.draft.department}
          onChange={(e) => props.set("department", e.currentTarget.value as Department)}
        >
          <For each={DEPARTMENTS}>{(d) => <option value={d}>{t(`department.${d}`)}</option>}</For>
        </select>
      </Field>
      <Field label={t("staff.hireDate")} invalid={props.invalid("hireDate")}>
        <input name="hireDate" type="date" required value={props.draft.hireDate} onInput={(e) => props.set("hireDate", inputValue(e))} />
      </Field>
      <fieldset class={`field field-wide ${props.invalid("roles") ? "field-invalid" : ""}`}>
        <legend class="field-label">{t("staff.roles")}</legend>
        <div class="checkbox-grid" data-field="roles">
          <For each={ROLES}>
            {(role) => (
              <label class="checkbox">
                <input
                  type="checkbox"
                  name="roles"
                  value={role}
                  checked={props.draft.roles.includes(role)}
                  onChange={(e) => props.set("roles", toggleRole(props.draft.roles, role, e.currentTarget.checked))}
                />
                {t(`role.${role}`)}
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <label class="checkbox field-wide">
        <input type="checkbox" name="contact" checked={props.draft.contact} onChange={(e) => props.set("contact", e.currentTarget.checked)} />
        {t("staff.contact")}
        <span class="muted"> — {t("staff.contactHint")}</span>
      </label>
      <Show when={props.mode === "edit"}>
        <label class="checkbox field-wide">
          <input type="checkbox" name="active" checked={props.draft.active} onChange={(e) => props.set("active", e.currentTarget.checked)} />
          {t("staff.active")}
        </label>
      </Show>
      <Show when={props.mode === "create"}>
        <Field label={t("staff.initialPassword")} invalid={props.invalid("password")} hint={t("password.rules")}>
          <input
            name="password"
            type="password"
            autocomplete="new-password"
            required
            value={props.draft.password}
            onInput={(e) => props.set("password", inputValue(e))}
          />
        </Field>
      </Show>
    </fieldset>
  );
}
