interface Props {
  text: string;
  dismissLabel: string;
  onDismiss: () => void;
}

/** The popup's one line after an update that changed something the user sees, until dismissed. */
export function WhatsNewLine({ text, dismissLabel, onDismiss }: Props) {
  return (
    <p class="whats-new" role="status">
      <span>{text}</span>{' '}
      <button type="button" class="whats-new-dismiss" onClick={onDismiss}>
        {dismissLabel}
      </button>
    </p>
  );
}
