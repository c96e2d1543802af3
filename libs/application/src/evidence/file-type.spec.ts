import { sniffEvidenceType } from './file-type';

describe('sniffEvidenceType', () => {
  it('accepts content that matches the extension', () => {
    expect(sniffEvidenceType('a.pdf', Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffEvidenceType('a.PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffEvidenceType('说明.txt', Buffer.from('进展说明', 'utf8'))).toContain('text/plain');
    expect(sniffEvidenceType('a.docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml')]))).toContain('wordprocessingml');
  });

  it.each([
    ['a.pdf', Buffer.from('hello')],
    ['a.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml')])],
    ['a.txt', Buffer.from([0x41, 0x00, 0x42])],
    ['a.exe', Buffer.from('MZ')],
    ['a.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04])],
    ['noext', Buffer.from('x')],
  ])('refuses %s with 415', (name, bytes) => {
    expect(() => sniffEvidenceType(name, bytes)).toThrow(expect.objectContaining({ httpStatus: 415 }));
  });
});
