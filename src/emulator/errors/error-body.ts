const NS = 'http://schemas.microsoft.com/windowsazure';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The service's error document, byte for byte in its shape (namespaces in the service's order). */
export function errorBody(code: string, message: string): string {
  return (
    `<Error xmlns="${NS}" xmlns:i="${XSI_NS}">` +
    `<Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error>`
  );
}
