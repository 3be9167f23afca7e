import { createStore } from "solid-js/store";
import { StaffApi, type StaffMember } from "../../api";
import { Modal } from "../../components/Modal";
import { ErrorBanner } from "../../components/States";
import { useI18n } from "../../i18n";
import { createAction } from "../../lib/action";
import { emptyDraft, type StaffDraft } from "./draft";
import { StaffFields } from "./StaffFields";

export function CreateStaffDialog(props: { onClose: () => void; onCreated: (member: StaffMember) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = createStore<StaffDraft>(emptyDraft());
  const action = createAction(() => {
    const { active: _active, ...input } = draft;
    return StaffApi.create({ ...input, name: input.name.trim(), roles: [...input.roles] });
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const outcome = await action.run();
    if (outcome.ok) props.onCreated(outcome.value);
  };

  return (
    <Modal title={t("staff.createTitle")} onClose={props.onClose}>
      <form onSubmit={submit} novalidate>
        <ErrorBanner error={action.error()} />
        <StaffFields draft={draft} set={(key, value) => setDraft(key, value)} invalid={action.invalid} mode="create" />
        <div class="modal-actions">
          <button type="button" onClick={props.onClose}>
            {t("common.cancel")}
          </button>
          <button type="submit" class="button-primary" disabled={action.pending()}>
            {t("staff.create")}
          </button>
        </div>
      </form>
    </Modal>
  );
}
