import { Show } from "solid-js";
import { DeadLettersApi, type DeadLetter } from "../../api";
import { ConfirmButton } from "../../components/ConfirmButton";
import { useI18n } from "../../i18n";

export function DeadLetterRow(props: { letter: DeadLetter; onResolved: (message: string) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const letter = () => props.letter;
  return (
    <tr data-dead-letter-id={letter().deadLetterId}>
      <td class="nowrap">{i18n.format.dateTime(letter().failedAt)}</td>
      <td>
        <div>{letter().detailType}</div>
        <div class="muted small">
          {t("deadLetters.consumer")}: <span class="mono">{letter().consumer}</span>
        </div>
      </td>
      <td>
        <code class="error-text">{letter().error}</code>
      </td>
      <td>{letter().attempts}</td>
      <td class="col-actions">
        <Show
          when={letter().state === "open"}
          fallback={<span class="muted">{letter().resolvedAt ? i18n.format.dateTime(letter().resolvedAt!) : ""}</span>}
        >
          <div class="button-row">
            <ConfirmButton
              label={t("deadLetters.replay")}
              title={t("deadLetters.replayTitle")}
              message={t("deadLetters.replayMessage", { event: letter().detailType, consumer: letter().consumer })}
              class="button-small"
              onConfirm={async () => {
                const { outcome } = await DeadLettersApi.replay(letter().deadLetterId);
                props.onResolved(t(`deadLetters.outcome.${outcome}`));
              }}
            />
            <ConfirmButton
              label={t("deadLetters.discard")}
              title={t("deadLetters.discardTitle")}
              message={t("deadLetters.discardMessage", { event: letter().detailType })}
              danger
              class="button-small"
              onConfirm={async () => {
                await DeadLettersApi.discard(letter().deadLetterId);
                props.onResolved(t("deadLetters.discarded"));
              }}
            />
          </div>
        </Show>
      </td>
    </tr>
  );
}
