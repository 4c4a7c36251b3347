/**
 * The note a hand-over writes into each moved task's history: part of the record, stored once and read by
 * everyone later (whatever their language), so it is the record's text, in Vietnamese, not a message.
 */
export const HAND_OVER_NOTE = 'Bàn giao nhiệm vụ chưa hoàn thành cho cơ quan kế thừa.';
