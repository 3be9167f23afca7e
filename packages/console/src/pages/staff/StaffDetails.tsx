import { createSignal, Show } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import { StaffApi, type StaffMember } from "../../api";
import { Modal } from "../../components/Modal";
import { ErrorBanner, Notice } from "../../components/States";
import { useI18n } from "../../i18n";
import { createAction } from "../../lib/action";
import { changesBetween, draftOf, type StaffDraft } from "./draft";
import { StaffFields } from "./StaffFields";

export function StaffDetails(props: { member: StaffMember; editable: boolean; onSaved: (member: StaffMember) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = createStore<StaffDraft>(draftOf(props.member));
  const [saved, setSaved] = createSignal(false);
  const [confirmingDeactivation, setConfirmingDeactivation] = createSignal(false);
  const changes = () => changesBetween(props.member, draft);
  const dirty = () => Object.keys(changes()).length > 0;

  const action = createAction(() => StaffApi.update(props.member.staffNo, changes()));
  const save = async () => {
    setConfirmingDeactivation(false);
    const outcome = await action.run();
    if (outcome.ok) {
      setDraft(reconcile(draftOf(outcome.value)));
      setSaved(true);
      props.onSaved(outcome.value);
    }
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(false);
    // Deactivating stops the person's badge and sessions at once: ask first.
    if (props.member.active && !draft.active) setConfirmingDeactivation(true);
    else void save();
  };

  return (
    <form class="card" onSubmit={submit} novalidate>
      <h2>{t("staff.details")}</h2>
      <ErrorBanner error={action.error()} />
      <Show when={saved() && !dirty()}>
        <Notice>{t("common.saved")}</Notice>
      </Show>
      <StaffFields
        draft={draft}
        set={(key, value) => {
          setSaved(false);
          setDraft(key, value);
        }}
        invalid={action.invalid}
        mode="edit"
        disabled={!props.editable}
      />
      <Show when={props.editable}>
        <div class="form-actions">
          <button type="button" disabled={!dirty()} onClick={() => setDraft(reconcile(draftOf(props.member)))}>
            {t("common.reset")}
          </button>
          <button type="submit" class="button-primary" disabled={!dirty() || action.pending()}>
            {t("common.save")}
          </button>
        </div>
      </Show>
      <Show when={confirmingDeactivation()}>
        <Modal title={t("staff.deactivateTitle")} onClose={() => setConfirmingDeactivation(false)}>
          <p class="modal-body">{t("staff.deactivateMessage", { name: props.member.name })}</p>
          <div class="modal-actions">
            <button type="button" onClick={() => setConfirmingDeactivation(false)}>
              {t("common.cancel")}
            </button>
            <button type="button" class="button-danger" data-autofocus onClick={() => void save()}>
              {t("staff.deactivateConfirm")}
            </button>
          </div>
        </Modal>
      </Show>
    </form>
  );
}
