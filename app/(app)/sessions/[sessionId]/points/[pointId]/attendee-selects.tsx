import type { Messages } from '@/lib/i18n/vi';
import { inputClass } from '@/components/ui/field';
import { ATTENDEE_ROLES, PRESENCES, type ParsedValues } from '@/lib/sessions/attendee-values';

export type T = Pick<Messages, 'attendance' | 'attendeeRole' | 'presence'>;
export type Row = ParsedValues & { personId?: number | null };
type SelectProps = { id: string; t: T; allowEmpty?: boolean } & React.SelectHTMLAttributes<HTMLSelectElement>;

/** allowEmpty: a value that could not be read is shown as "— Chọn —", not as a default. */
export function RoleSelect({ id, t, allowEmpty, ...props }: SelectProps) {
  return (
    <select id={id} className={inputClass} {...props}>
      {allowEmpty ? <option value="">{t.attendance.choose}</option> : null}
      {ATTENDEE_ROLES.map((r) => (
        <option key={r} value={r}>
          {t.attendeeRole[r]}
        </option>
      ))}
    </select>
  );
}

export function PresenceSelect({ id, t, allowEmpty, ...props }: SelectProps) {
  return (
    <select id={id} className={inputClass} {...props}>
      {allowEmpty ? <option value="">{t.attendance.choose}</option> : null}
      {PRESENCES.map((p) => (
        <option key={p} value={p}>
          {t.presence[p]}
        </option>
      ))}
    </select>
  );
}

export type Point = { id: number; name: string };
