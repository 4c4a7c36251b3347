/**
 * Text written into a task's timeline, a permanent record kept in Vietnamese like the rest of it: the note is
 * stored with the entry and shown as written (the page, the API, notifications), not translated per reader.
 */

/** The note of the entry made when a successor agency takes over the open task of an ended agency (decision 022). */
export const TAKE_OVER_NOTE = 'Cơ quan kế thừa tiếp nhận nhiệm vụ đang thực hiện của cơ quan đã chấm dứt hoạt động.';
