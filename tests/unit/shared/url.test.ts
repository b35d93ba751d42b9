import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../../shared/url';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.skr.se/',
    'http://intranat.sjovik.example/kvalitet',
    'mailto:kvalitet@sjovik.example',
    'HTTPS://EXAMPLE.ORG/path?q=1',
  ])('lets %s out', (url) => expect(isSafeExternalUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'file:///etc/passwd',
    'file://server/share/doc.docx',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ms-msdt:/id PCWDiagnostic',
    'smb://evil.example/share',
    'app://handbok/index.html',
    'http://intranet@evil.example/',
    'https://user:pass@example.org/',
    'not a url',
    '',
  ])('keeps %s in', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});
