import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl, normalizeLinkInput } from '../../../shared/url';
import { expectLinear } from '../../support/linear-time';

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

describe('normalizeLinkInput', () => {
  it('completes what writers type into full addresses', () => {
    expect(normalizeLinkInput('www.sjovik.se/kvalitet')).toBe('https://www.sjovik.se/kvalitet');
    expect(normalizeLinkInput(' https://skr.se ')).toBe('https://skr.se');
    expect(normalizeLinkInput('kvalitet@sjovik.se')).toBe('mailto:kvalitet@sjovik.se');
  });

  it('refuses what cannot be a safe link', () => {
    expect(normalizeLinkInput('')).toBeNull();
    expect(normalizeLinkInput('javascript:alert(1)')).toBeNull();
    expect(normalizeLinkInput('file:///C:/hemligt.docx')).toBeNull();
    expect(normalizeLinkInput('inte en adress')).toBeNull();
  });
});

describe('normalizeLinkInput on a pasted wall of dots', () => {
  it('answers in linear time', () => expectLinear((size) => `a@${'.'.repeat(size)}@`, normalizeLinkInput));
});
