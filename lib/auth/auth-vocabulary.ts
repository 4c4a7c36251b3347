/**
 * Vietnamese that is not a message to a reader of the app: the issuer name an authenticator app shows beside
 * the account (an official name), and the configuration error printed to the operator's console when
 * `TRUSTED_PROXIES` is wrong (reported by lib/env.ts with its other configuration errors, in Vietnamese).
 */
export const TOTP_ISSUER = 'Ban Chỉ đạo CCHC';

export const notAnAddressOrRange = (entry: string) => `"${entry}" không phải địa chỉ IP hoặc dải CIDR`;
