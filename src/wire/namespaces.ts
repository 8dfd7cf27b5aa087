export const NS = 'http://schemas.microsoft.com/windowsazure';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
