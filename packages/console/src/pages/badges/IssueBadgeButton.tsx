import { createSignal, For, Show } from "solid-js";
import { StaffApi, type BadgeInfo, type BadgeReason } from "../../api";
import { Field } from "../../components/Field";
import { Modal } from "../../components/Modal";
import { ErrorBanner } from "../../components/States";
import { BADGE_REASONS } from "../../domain";
import { useI18n } from "../../i18n";
import { createAction } from "../../lib/action";

/**
 * Issue a first badge or replace the current one. Replacing retires the old code at once, so the
 * dialog says so and asks for the reason the audit log keeps.
 */
export function IssueBadgeButton(props: { staffNo: string; name: string; hasBadge: boolean; onIssued: (badge: BadgeInfo) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = createSignal(false);
  const [reason, setReason] = createSignal<BadgeReason>("new");
  const action = createAction(() => StaffApi.issueBadge(props.staffNo, reason()));
  const show = () => {
    setReason(props.hasBadge ? "lost" : "new");
    action.clear();
    setOpen(true);
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const outcome = await action.run();
    if (outcome.ok) {
      setOpen(false);
      props.onIssued(outcome.value);
    }
  };

  return (
    <>
      <button type="button" class="button-small" onClick={show}>
        {props.hasBadge ? t("badges.replace") : t("badges.issue")}
      </button>
      <Show when={open()}>
        <Modal title={props.hasBadge ? t("badges.replaceTitle", { name: props.name }) : t("badges.issueTitle", { name: props.name })} onClose={() => setOpen(false)}>
          <form onSubmit={submit}>
            <Show when={props.hasBadge}>
              <p class="banner banner-warning">{t("badges.replaceWarning")}</p>
            </Show>
            <ErrorBanner error={action.error()} />
            <Field label={t("badges.reason")} invalid={action.invalid("reason")}>
              <select name="reason" data-autofocus value={reason()} onChange={(e) => setReason(e.currentTarget.value as BadgeReason)}>
                <For each={BADGE_REASONS}>{(r) => <option value={r}>{t(`badges.reason.${r}`)}</option>}</For>
              </select>
            </Field>
            <div class="modal-actions">
              <button type="button" onClick={() => setOpen(false)}>
                {t("common.cancel")}
              </button>
              <button type="submit" class={props.hasBadge ? "button-danger" : "button-primary"} disabled={action.pending()}>
                {props.hasBadge ? t("badges.replace") : t("badges.issue")}
              </button>
            </div>
          </form>
        </Modal>
      </Show>
    </>
  );
}
