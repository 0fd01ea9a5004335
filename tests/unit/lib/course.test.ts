import { describe, expect, it } from 'vitest';
import { lessonPath, neighbours, sortLessons } from '../../../src/lib/course.ts';
import { joinBase } from '../../../src/lib/url.ts';

const lesson = (id: string, order: number) => ({ id, data: { order, title: id } });

describe('sortLessons', () => {
  it('orders by the order field, then by id', () => {
    const sorted = sortLessons([lesson('c', 2), lesson('b', 1), lesson('a', 2)]);
    expect(sorted.map((l) => l.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('neighbours', () => {
  const sorted = [lesson('a', 0), lesson('b', 1), lesson('c', 2)];
  it('gives the previous and next lessons', () => {
    expect(neighbours(sorted, 'b')).toEqual({ prev: sorted[0], next: sorted[2] });
  });
  it('has no previous for the first and no next for the last', () => {
    expect(neighbours(sorted, 'a')).toEqual({ next: sorted[1] });
    expect(neighbours(sorted, 'c')).toEqual({ prev: sorted[1] });
  });
  it('has neither for an unknown lesson', () => {
    expect(neighbours(sorted, 'zzz')).toEqual({});
  });
});

describe('paths', () => {
  it('builds a lesson path', () => {
    expect(lessonPath('rude')).toBe('/lessons/rude/');
  });
  it.each([
    ['/', '/lessons/', '/lessons/'],
    ['/add-a-note/', '/lessons/', '/add-a-note/lessons/'],
    ['/add-a-note', 'about/', '/add-a-note/about/'],
  ])('joins base %s and %s', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});
