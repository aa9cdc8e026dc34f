/**
 * Vietnamese text as the upper-case ASCII letters and digits a station code
 * is made of ("Sài Đồng B" → "SAIDONGB"): dataloggers and FTP paths know
 * nothing else.
 */
export function asciiCode(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/** The initials of a name's words, as stations are often named ("Sài Đồng B" → "SDB"). */
export function asciiInitials(text: string): string {
  return text
    .split(/[\s-]+/)
    .map((word) => asciiCode(word).slice(0, 1))
    .join('');
}
