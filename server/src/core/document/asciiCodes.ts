// ASCII character classes tested by code unit, for hand-written scans that answer the common
// ASCII case without a regex or a one-character string.

export function isAsciiUpper(code: number): boolean { return code >= 65 && code <= 90; }
export function isAsciiLower(code: number): boolean { return code >= 97 && code <= 122; }
export function isAsciiLetter(code: number): boolean { return isAsciiUpper(code) || isAsciiLower(code); }
export function isAsciiDigit(code: number): boolean { return code >= 48 && code <= 57; }
