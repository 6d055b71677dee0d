// Reading a file's bytes as text (src/cli/input.ts): in pieces, with the same text as one decoding.
import { describe, expect, it } from 'vitest';
import { decode, decodePieces, InputError } from '../../../src/cli/input.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decoding a file in pieces', () => {
  it('keeps a character whose bytes a piece boundary cuts', () => {
    // two-, three- and four-byte characters at every offset around the boundaries
    for (const pad of [0, 1, 2, 3]) {
      const text = 'x'.repeat(16383 - pad) + '„Zitat“ über 🙂 '.repeat(3000);
      const pieces = decodePieces(utf8(text));
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.join('')).toBe(text);
    }
  });

  it('drops a byte-order mark', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<p>Grüße</p>')]))).toBe('<p>Grüße</p>');
  });

  it('reads a file that is no UTF-8 in its declared charset, also when the first invalid byte comes late', () => {
    const head = '<meta charset="iso-8859-15"><p>' + 'a'.repeat(40000);
    const bytes = new Uint8Array([...utf8(head), 0xa4, 0xe4, ...utf8('</p>')]);
    expect(decode(bytes)).toBe(head + '€ä</p>');
  });

  it('reads a file without a declared charset that is no UTF-8 as windows-1252', () => {
    expect(decode(new Uint8Array([...utf8('<p>'), 0x84, 0x93, 0xfc, ...utf8('</p>')]))).toBe('<p>„“ü</p>');
  });

  it('reads UTF-16 with a byte-order mark, either byte order, also across piece boundaries', () => {
    const text = '<p>„Zitat“ 🙂</p>'.repeat(3000);
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le[2 + 2 * i] = c & 0xff;
      le[3 + 2 * i] = c >> 8;
    }
    const be = le.map((_, i) => (i < 2 ? [0xfe, 0xff][i]! : le[i % 2 ? i - 1 : i + 1]!));
    expect(decode(le)).toBe(text);
    expect(decode(be)).toBe(text);
  });

  it('refuses an empty file and a binary one with a reason', () => {
    expect(() => decodePieces(new Uint8Array())).toThrow(InputError);
    expect(() => decodePieces(new Uint8Array([0x3c, 0, 0x3e]))).toThrow(/binary/);
  });
});
