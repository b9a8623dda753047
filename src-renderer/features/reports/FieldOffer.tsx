import type { FieldDef } from '../../../src-shared/domain/forms';
import { appendPlanLines } from './contact-due-offer';
import { ContactDueOffer } from './ContactDueOffer';

interface Props {
  field: FieldDef;
  value: unknown;
  readOnly: boolean;
  onChange: (value: string) => void;
}

/** What a field of a plan offers to fill in (F05 重点客户开发计划: the customers due for contact). */
export function FieldOffer({ field, value, readOnly, onChange }: Props) {
  if (readOnly || field.offer !== 'contactDue') return null;
  const text = typeof value === 'string' ? value : '';
  return (
    <div style={{ marginTop: 6 }}>
      <ContactDueOffer planned={text} onAdd={(chosen) => onChange(appendPlanLines(text, chosen))} />
    </div>
  );
}
