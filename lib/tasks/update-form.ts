import { formatDate, type IsoDate } from '@/lib/time';

/**
 * What "Ngày hoàn thành" shows when the progress form's status is set to completed: the task's own
 * completion date when it is completed already (so re-saving keeps that completion), else today, Vietnam calendar
 * (a completion dated today needs no confirmation, decision 023). As typed: dd/MM/yyyy.
 */
export function completedOnDefault(task: { status: string; completedOn: IsoDate | null }, today: IsoDate): string {
  return formatDate(task.status === 'completed' && task.completedOn ? task.completedOn : today);
}
