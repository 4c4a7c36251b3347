/**
 * The note a hand-over writes into each moved task's history: part of the record, stored once and read by
 * everyone later (whatever their language), so it is the record's text, in Vietnamese, not a message.
 */
export const HAND_OVER_NOTE = 'Bàn giao nhiệm vụ chưa hoàn thành cho cơ quan kế thừa.';
/**
 * The reason on a task closed at a hand-over because its successor already leads the same directive (one live task per
 * directive and lead agency, or it is counted twice): `{task}` is the task that goes on.
 */
export const MERGED_REASON =
  'Cơ quan kế thừa đã chủ trì nhiệm vụ #{task} của cùng nội dung chỉ đạo; nhiệm vụ được gộp vào đó.';
