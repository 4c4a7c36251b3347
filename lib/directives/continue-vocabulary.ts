/**
 * The note on an extension request withdrawn because its task was carried into a later directive (decision 036):
 * part of the record, stored once and read by everyone later, so the record's text, in Vietnamese, not a message.
 */
export const CARRIED_NOTE = 'Nhiệm vụ đã được chuyển tiếp sang nội dung chỉ đạo của phiên họp sau.';
