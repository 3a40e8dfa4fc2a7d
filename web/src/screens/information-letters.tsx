/**
 * The information letters to the subjects (P10) for whoever informs them: per subject, the letter
 * about the registration, the RTO outcome, a third party or the deletion at de-escalation.
 */
import type { CaseView } from '../api/types';
import { Heading, ListItem, Paragraph, Section, UnorderedList } from '../components/ui';
import { label, useI18n } from '../i18n/i18n';
import { DOCUMENT_URLS, DocumentLink } from './document-link';

export function InformationLetters({ c, topics }: { c: CaseView; topics: readonly string[] }) {
  const { t } = useI18n();
  const d = t.documents;
  if (c.subjects.length === 0) return null;
  return (
    <Section labelledBy="letters-title">
      <Heading level={2} id="letters-title">
        {d.letterTitle}
      </Heading>
      <Paragraph>{d.letterIntro}</Paragraph>
      <UnorderedList>
        {c.subjects.flatMap((s) =>
          topics.map((topic) => (
            <ListItem key={`${s.id}-${topic}`}>
              <DocumentLink href={DOCUMENT_URLS.informationLetter(c.id, s.id, topic)}>{d.letterOf(label(d.letterTopics, topic), s.name)}</DocumentLink>
            </ListItem>
          )),
        )}
      </UnorderedList>
      <Paragraph>{d.downloadHint}</Paragraph>
    </Section>
  );
}
