import { fromLegacyBytes } from '@/lib/legacy-vietnamese';

/**
 * The text of an uploaded CSV or text file, decoded by its byte order mark: UTF-16 little- or big-endian (Excel's
 * "Unicode Text", some systems' exports) or UTF-8, the BOM removed. Without a BOM it is UTF-8, or, when its bytes are
 * not, the 8-bit encoding it reads as Vietnamese in (Windows-1258, Excel's plain "CSV" on a Vietnamese Windows, or
 * TCVN3 or VNI: `fromLegacyBytes`); bytes that read as none leave U+FFFD, which the readers answer by asking for "CSV
 * UTF-8".
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return fromLegacyBytes(body) ?? new TextDecoder('utf-8').decode(body);
  }
}
