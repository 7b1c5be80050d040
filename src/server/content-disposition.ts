// RFC 6266 / RFC 5987: an ASCII fallback name plus the real (Chinese) name in filename*.

/** Percent-encodes per RFC 5987 attr-char (stricter than encodeURIComponent). */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `attachment; filename="draft.docx"; filename*=UTF-8''%E5%9C%A8…` */
export function attachmentHeader(fileName: string, asciiFallback: string): string {
  const fallback = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}
