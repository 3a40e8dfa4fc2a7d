/**
 * The reporter's decisive voice in closing (Venlo, seed 002 Bijlage B §5): a professional of the
 * partner that registered the case says, itself, whether it agrees to closing; the process
 * director cannot tick it on the reporter's behalf. Shown where the collaboration gives the
 * reporter that voice and the case can still be closed.
 */
import { useCollaboration } from '../api/collaboration';
import type { CaseView } from '../api/types';
import { Button, ButtonGroup, Heading, Paragraph, Section } from '../components/ui';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session';
import { useSubmission } from './case-sub-screen';
import { FormResult } from './form-result';

const CLOSABLE = ['triage', 'rto', 'monitoring'];

export function ReporterVoice({ c, onDone }: { c: CaseView; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const { me } = useSession();
  const collaboration = useCollaboration(me?.collaborationId ?? null);
  const s = useSubmission();
  const decisive = collaboration?.config.process?.reporterDecisiveInClosing === true;
  if (!decisive || me?.role !== 'professional' || me.partnerId !== c.registrantPartnerId || !CLOSABLE.includes(c.phase)) return null;
  const say = (agrees: boolean): void => {
    const message = agrees ? t.reporterVoice.agreed : t.reporterVoice.disagreed;
    void s.send('POST', `/api/cases/${c.id}/reporter-voice`, { agrees, version: c.version }, () => message).then((r) => {
      if (r !== null) onDone(message);
    });
  };
  return (
    <Section labelledBy="reporter-voice-title">
      <Heading level={2} id="reporter-voice-title">
        {t.reporterVoice.title}
      </Heading>
      <Paragraph>{t.reporterVoice.intro}</Paragraph>
      <FormResult submission={s} labelOf={(f) => f} idPrefix="reporter-voice." />
      <ButtonGroup>
        <Button busy={s.busy} disabled={s.busy} onClick={() => say(true)}>
          {t.reporterVoice.agree}
        </Button>
        <Button appearance="secondary" busy={s.busy} disabled={s.busy} onClick={() => say(false)}>
          {t.reporterVoice.disagree}
        </Button>
      </ButtonGroup>
    </Section>
  );
}
