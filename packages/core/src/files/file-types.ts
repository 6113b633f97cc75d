// What an upload may be, in words: the server's refusal and the web's hints read these, so they never differ.

export const acceptedImageTypesText = 'JPEG/PNG/WebP';
export const acceptedDocumentTypesText = 'PDF、Word（.docx）和 Excel（.xlsx）';
/** 「JPEG/PNG/WebP 图片、PDF、Word（.docx）和 Excel（.xlsx）文件」 */
export const acceptedFileTypesText = `${acceptedImageTypesText} 图片、${acceptedDocumentTypesText}文件`;

/** A size for people: 「10 MB」, 「1.5 KB」 (one decimal, none when it is .0: a limit of 10 MiB must not read 10.0 MB). */
export function formatFileSize(bytes: number): string {
  const oneDecimal = (n: number): string => n.toFixed(1).replace(/\.0$/, '');
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${oneDecimal(bytes / 1024)} KB`;
  return `${oneDecimal(bytes / 1024 / 1024)} MB`;
}
