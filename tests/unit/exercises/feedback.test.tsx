// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Feedback } from '../../../src/components/islands/Feedback.tsx';
import type { Result } from '../../../src/lib/grader/result-schema.ts';

afterEach(cleanup);

const TEXT = 'Hi <b>Ana</b>, <script>alert(1)</script> add me';

const result: Result = {
  score: 35,
  verdict: 'needs-work',
  summary: 'Personal in part, but it does not say why.',
  length: TEXT.length,
  limit: 200,
  flags: [],
  criteria: [
    {
      id: 'impersonal',
      label: 'It’s impersonal',
      status: 'pass',
      message: 'Uses their name.',
      evidence: ['Ana'],
      suggestion: '',
      href: '/lessons/impersonal/#what-to-write-instead',
    },
    {
      id: 'why',
      label: 'It doesn’t say why',
      status: 'fail',
      message: 'Does not say why.',
      evidence: [],
      suggestion: 'Add one sentence on why.',
      href: '/lessons/tell-me-why/#what-to-write-instead',
    },
    {
      id: 'length',
      label: 'Length',
      status: 'partial',
      message: 'Very short.',
      evidence: [],
      suggestion: 'Say a little more.',
      href: '/lessons/wrap-up/',
    },
  ],
  highlights: [
    { start: 3, end: 13, kind: 'strength', reason: 'impersonal', message: 'Their name.' },
    { start: 15, end: 40, kind: 'problem', reason: 'lazy', message: 'Code, not words.' },
    { start: 41, end: 47, kind: 'problem', reason: 'rude', message: 'A bare ask.' },
  ],
  penalties: [{ points: 10, reason: 'rude', message: 'Asks with no context.', evidence: ['add me'] }],
};

describe('Feedback', () => {
  it('shows the verdict with its hook, the score and every check with its status in words', () => {
    const { container } = render(<Feedback result={result} text={TEXT} />);
    const verdict = container.querySelectorAll('[data-verdict]');
    expect(verdict).toHaveLength(1);
    expect(verdict[0]?.getAttribute('data-verdict')).toBe('needs-work');
    expect(verdict[0]?.textContent).toBe('Needs work');
    expect(screen.getByText(/score 35 of 100/)).toBeTruthy();
    expect(screen.getByText('Personal in part, but it does not say why.')).toBeTruthy();
    const items = container.querySelectorAll('.nc-criteria li');
    expect([...items].map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '✓ Yes It’s impersonal: Uses their name. Why it matters: It’s impersonal',
      '✗ Not yet It doesn’t say why: Does not say why. Add one sentence on why. Why it matters: It doesn’t say why',
      '◐ Partly Length: Very short. Say a little more. Why it matters: Length',
    ]);
  });

  it('links each check to its lesson section under the site’s base path', () => {
    render(<Feedback result={result} text={TEXT} />);
    const links = screen.getAllByRole('link', { name: /Why it matters/ }).map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      `${import.meta.env.BASE_URL.replace(/\/$/, '')}/lessons/impersonal/#what-to-write-instead`,
      `${import.meta.env.BASE_URL.replace(/\/$/, '')}/lessons/tell-me-why/#what-to-write-instead`,
      `${import.meta.env.BASE_URL.replace(/\/$/, '')}/lessons/wrap-up/`,
    ]);
  });

  it('marks the learner’s words as text, telling problems from strengths in words', () => {
    const { container } = render(<Feedback result={result} text={TEXT} />);
    expect(container.querySelector('script, b')).toBeNull();
    const marked = container.querySelector('.nc-marked-text')?.cloneNode(true) as HTMLElement;
    marked.querySelectorAll('[aria-hidden="true"]').forEach((ref) => ref.remove());
    expect(marked.textContent).toBe(TEXT);
    expect([...container.querySelectorAll('.nc-hl-ref')].map((ref) => ref.textContent)).toEqual(['✓1', '✗2', '✗3']);
    const marks = [...container.querySelectorAll('mark')].map((m) => [m.className, m.textContent]);
    expect(marks).toEqual([
      ['nc-hl nc-hl-strength', '<b>Ana</b>'],
      ['nc-hl nc-hl-problem', '<script>alert(1)</script>'],
      ['nc-hl nc-hl-problem', 'add me'],
    ]);
    const list = [...container.querySelectorAll('.nc-hl-list li')].map((li) => li.textContent?.replace(/\s+/g, ' '));
    expect(list).toEqual([
      '✓ Strength: “<b>Ana</b>” – Their name.',
      '✗ Problem: “<script>alert(1)</script>” – Code, not words.',
      '✗ Problem: “add me” – A bare ask.',
    ]);
  });

  it('shows the points taken off', () => {
    render(<Feedback result={result} text={TEXT} />);
    expect(screen.getByRole('heading', { name: 'Points taken off' })).toBeTruthy();
    expect(screen.getByText(/Asks with no context/).textContent).toContain('−10');
  });
});
