import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { Dialog } from '../ui/Dialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import { FieldError } from '../ui/FieldError';
import { FormActions } from '../ui/FormActions';
import { describeError, fieldMessage } from '../ui/server-error';

const PayoutScheduleDialog_Update = graphql(`
  mutation PayoutScheduleDialog_Update($input: UpdatePayoutScheduleInput!) {
    updatePayoutSchedule(input: $input) {
      id
      updatedAt
      payoutSchedule {
        interval
        delayDays
        weeklyAnchor
        monthlyAnchor
      }
    }
  }
`);

const INTERVALS = [
  ['daily', 'Daily'],
  ['weekly', 'Weekly'],
  ['monthly', 'Monthly'],
  ['manual', 'Manual (no automatic payouts)'],
] as const;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

interface Schedule {
  interval: string;
  delayDays?: number | null;
  weeklyAnchor?: string | null;
  monthlyAnchor?: number | null;
}

interface PayoutScheduleDialogProps {
  writer: { id: string; displayName: string; payoutSchedule?: Schedule | null };
  onClose: () => void;
  onChanged: () => void;
}

/** Stripe's Edit payout schedule, for one writer: the gateway checks it as Stripe does and names the field it refuses. */
export function PayoutScheduleDialog({ writer, onClose, onChanged }: PayoutScheduleDialogProps) {
  const current = writer.payoutSchedule;
  const [interval, setInterval] = useState(current?.interval ?? 'daily');
  const [delayDays, setDelayDays] = useState(current?.delayDays ? String(current.delayDays) : '');
  const [weeklyAnchor, setWeeklyAnchor] = useState(current?.weeklyAnchor ?? 'monday');
  const [monthlyAnchor, setMonthlyAnchor] = useState(String(current?.monthlyAnchor ?? 1));
  const [{ fetching, error }, update] = useMutation(PayoutScheduleDialog_Update);
  const problem = error ? describeError(error) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      writerId: writer.id,
      interval,
      delayDays: interval === 'manual' || delayDays.trim() === '' ? null : Number(delayDays),
      weeklyAnchor: interval === 'weekly' ? weeklyAnchor : null,
      monthlyAnchor: interval === 'monthly' ? Number(monthlyAnchor) : null,
    };
    const result = await update({ input });
    if (result.data) onChanged();
  }

  const numberField = (id: string, label: string, value: string, onChange: (value: string) => void, field: string) => (
    <NumericField id={id} label={label} value={value} onChange={onChange} error={fieldMessage(problem, field)} />
  );

  return (
    <Dialog title={`Payout schedule for ${writer.displayName}`} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorNotice title="Stripe's schedule was not changed" error={error} />
        <p className="hint">How often Stripe pays {writer.displayName}'s balance out to their bank account.</p>
        <label htmlFor="schedule-interval">Frequency</label>
        <select id="schedule-interval" value={interval} onChange={(event) => setInterval(event.target.value)}>
          {INTERVALS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {interval === 'weekly' && <WeeklyAnchorField value={weeklyAnchor} onChange={setWeeklyAnchor} error={fieldMessage(problem, 'weeklyAnchor')} />}
        {interval === 'monthly' && numberField('schedule-monthly-anchor', 'Day of the month', monthlyAnchor, setMonthlyAnchor, 'monthlyAnchor')}
        {interval !== 'manual' && numberField('schedule-delay-days', 'Delay in days (empty: the shortest Stripe allows)', delayDays, setDelayDays, 'delayDays')}
        <FormActions onCancel={onClose} submitLabel="Save schedule" busyLabel="Saving…" busy={fetching} />
      </form>
    </Dialog>
  );
}

interface AnchorFieldProps {
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}

function WeeklyAnchorField({ value, onChange, error }: AnchorFieldProps) {
  return (
    <>
      <label htmlFor="schedule-weekly-anchor">Day of the week</label>
      <select id="schedule-weekly-anchor" value={value} onChange={(event) => onChange(event.target.value)} aria-describedby="schedule-weekly-anchor-error">
        {WEEKDAYS.map((day) => (
          <option key={day} value={day}>
            {day.charAt(0).toUpperCase() + day.slice(1)}
          </option>
        ))}
      </select>
      <FieldError id="schedule-weekly-anchor" message={error} />
    </>
  );
}

/** A whole number typed in a text box (numeric keyboard on a phone), with its refusal. */
function NumericField({ id, label, value, onChange, error }: AnchorFieldProps & { id: string; label: string }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} inputMode="numeric" value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={`${id}-error`} />
      <FieldError id={id} message={error} />
    </>
  );
}
