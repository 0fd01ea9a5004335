import { describe, expect, it } from 'vitest';
import { normalizeNote, toOriginalRange } from '../../../src/lib/grader/normalize.ts';

describe('normalizeNote', () => {
  it('lower-cases and folds curly apostrophes, quotes and dashes', () => {
    expect(normalizeNote('I’D “LOVE” it — really').text).toBe('i\'d "love" it - really');
  });

  it('drops invisible characters: zero-width space, soft hyphen, BOM, joiners', () => {
    expect(normalizeNote('net\u00adwork\u200b on\uFEFF Linked\u200dIn').text).toBe('network on linkedin');
  });

  it('collapses runs of spaces, keeping one line break where a run had one', () => {
    expect(normalizeNote('a \u00a0  b\r\n\r\n c').text).toBe('a b\nc');
  });

  it('turns full-width and mathematical letters into plain ones', () => {
    expect(normalizeNote("Ｉ'ｄ ｌｉｋｅ 𝐡𝐞𝐥𝐥𝐨").text).toBe("i'd like hello");
  });

  it('drops combining accents', () => {
    expect(normalizeNote('cafe\u0301 Z\u0335a\u0336l\u0337g\u0338o').text).toBe('cafe zalgo');
  });

  it('maps every folded character back to its original range', () => {
    const original = 'Hi\u200b  “Ａnna” 👋 there';
    const folded = normalizeNote(original);
    const at = folded.text.indexOf('anna');
    const range = toOriginalRange(folded, at, at + 4);
    expect(original.slice(range.start, range.end)).toBe('Ａnna');
    const wave = folded.text.indexOf('👋');
    const waveRange = toOriginalRange(folded, wave, wave + 2);
    expect(original.slice(waveRange.start, waveRange.end)).toBe('👋');
  });

  it('keeps an accent with the letter before it when mapping back', () => {
    const original = 'cafe\u0301!';
    const folded = normalizeNote(original);
    const range = toOriginalRange(folded, 0, 4);
    expect(original.slice(range.start, range.end)).toBe('cafe\u0301');
  });
});

describe('the map back to the original', () => {
  it('maps every character, spaces and folded ones included, to the original characters behind it', () => {
    const original = 'Hi  Anna,\r\n\r\nwe met… at “PyCon” 👋';
    const folded = normalizeNote(original);
    expect(folded.text).toBe('hi anna,\nwe met... at "pycon" 👋');
    const behind = (at: number) => original.slice(folded.starts[at], folded.ends[at]);
    expect(behind(folded.text.indexOf(' '))).toBe('  ');
    expect(behind(folded.text.indexOf('\n'))).toBe('\r\n\r\n');
    expect(behind(folded.text.indexOf('...'))).toBe('…');
    expect(behind(folded.text.indexOf('"'))).toBe('“');
    expect([...folded.text].map((_, i) => behind(i)).join('')).toContain('Anna');
  });
});
