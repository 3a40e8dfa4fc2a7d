/**
 * The confirmation step of an irreversible action (WCAG 3.3.4): it says what will happen, takes
 * focus, and offers "Ja, …" (which submits the form it sits in) next to "Nee, terug". The
 * confirming button is never the first thing offered after another action.
 */
import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/i18n';
import { Alert, Button, ButtonGroup } from './ui';

/** `reversible`: for an action that can be undone later, how (said instead of "you cannot undo this"). */
export function ConfirmStep({ action, consequence, busy, onCancel, reversible }: { action: string; consequence: string; busy: boolean; onCancel: () => void; reversible?: string }) {
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="ct-confirm" role="group" aria-labelledby={`${id}-title`} tabIndex={-1} ref={ref} data-confirm>
      <Alert type="warning" role="status">
        <h3 className="utrecht-heading-3" id={`${id}-title`}>
          {t.surface.confirm.title(action)}
        </h3>
        <p className="utrecht-paragraph">{consequence}</p>
        <p className="utrecht-paragraph">
          <strong>{reversible ?? t.surface.confirm.irreversible}</strong>
        </p>
      </Alert>
      <ButtonGroup>
        <Button appearance="secondary" onClick={onCancel}>
          {t.surface.confirm.no}
        </Button>
        <Button type="submit" busy={busy} disabled={busy}>
          {t.surface.confirm.yes(action)}
        </Button>
      </ButtonGroup>
    </div>
  );
}
