/**
 * The text of an uploaded CSV or text file, decoded by its byte order mark: UTF-16 little- or big-endian (Excel's
 * "Unicode Text", some systems' exports) or UTF-8, the BOM removed. Without a BOM it is UTF-8; bytes that are not
 * leave U+FFFD, which the readers answer by asking for "CSV UTF-8". Windows-1258 is not guessed: a legacy file may as
 * well be in TCVN3 or VNI, which would decode to wrong letters without any sign.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  return new TextDecoder('utf-8').decode(bytes);
}
