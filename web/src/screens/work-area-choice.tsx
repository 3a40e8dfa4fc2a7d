/**
 * The choice of one work area or neighbourhood team for the figures and the statistics (issue 16
 * item 7). The API lists the collaboration's configured areas with the answer; no areas, no choice.
 */
import { SelectField } from '../components/form';
import { useI18n } from '../i18n/i18n';

export interface WorkAreaAnswer {
  readonly workArea?: { readonly id: string; readonly name: string } | null;
  readonly workAreas?: readonly { readonly id: string; readonly name: string }[];
}

/** `?workArea=…` for the chosen area, or '' for the whole collaboration. */
export const workAreaQuery = (workArea: string): string => (workArea === '' ? '' : `?workArea=${encodeURIComponent(workArea)}`);

export function WorkAreaChoice({ answer, value, onChange }: { answer: WorkAreaAnswer | undefined; value: string; onChange: (workArea: string) => void }) {
  const { t } = useI18n();
  const areas = answer?.workAreas ?? [];
  if (areas.length === 0) return null;
  return (
    <SelectField
      field="workArea"
      label={t.figures.workArea}
      description={t.figures.workAreaHint}
      value={value}
      onChange={onChange}
      options={[{ value: '', label: t.figures.allWorkAreas }, ...areas.map((a) => ({ value: a.id, label: a.name }))]}
    />
  );
}
