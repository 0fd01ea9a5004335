// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Feedback } from '../../../src/components/islands/Feedback.tsx';
import { buildFeedback } from '../../../src/lib/feedback.ts';
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
      suggestion: 'Keep it.',
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

const show = (r: Result = result, change = '') =>
  render(<Feedback model={buildFeedback(r, TEXT)} text={TEXT} change={change} level={4} />);

describe('Feedback', () => {
  it('leads with the verdict in words and its hook, then what would help most, with why and a fix', () => {
    const { container } = show();
    const verdict = container.querySelectorAll('[data-verdict]');
    expect(verdict).toHaveLength(1);
    expect(verdict[0]?.getAttribute('data-verdict')).toBe('needs-work');
    expect(verdict[0]?.textContent).toBe('Needs work');
    expect(screen.getByText(/score 35 of 100/)).toBeTruthy();
    expect(screen.getByText('Personal in part, but it does not say why.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'What would help most' })).toBeTruthy();
    const first = container.querySelector('.nc-changes li')?.textContent?.replace(/\s+/g, ' ');
    expect(first).toBe(
      'Say why you want to connectWhy: Does not say why.Try: Add one sentence on why.Lesson: It doesn’t say why',
    );
  });

  it('lists each reason as an outcome with a symbol and a word, in that order of reading', () => {
    const { container } = show();
    const items = [...container.querySelectorAll('.nc-reasons li')].map((li) => li.textContent?.replace(/\s+/g, ' '));
    expect(items).toEqual([
      '✓ Passed: Says how you know them',
      '✗ Missing: Gives a reason',
      '◐ Partly: Fits in 200 characters',
    ]);
  });

  it('links each lesson under the site’s base path, and folds the details away', () => {
    const { container } = show();
    const base = import.meta.env.BASE_URL.replace(/\/$/, '');
    const links = screen.getAllByRole('link', { name: /Lesson:/ }).map((a) => a.getAttribute('href'));
    expect(links).toContain(`${base}/lessons/tell-me-why/#what-to-write-instead`);
    const details = [...container.querySelectorAll('details')];
    expect(details.map((d) => d.querySelector('summary')?.textContent)).toEqual([
      'What the marks mean (3)',
      'Details for each reason',
    ]);
    expect(details.every((d) => !d.open)).toBe(true);
  });

  it('marks the learner’s words as text, with data-highlight hooks and numbered markers', () => {
    const { container } = show();
    expect(container.querySelector('script, b')).toBeNull();
    const marked = container.querySelector('.nc-marked-text')?.cloneNode(true) as HTMLElement;
    marked.querySelectorAll('[aria-hidden="true"]').forEach((ref) => ref.remove());
    expect(marked.textContent).toBe(TEXT);
    expect([...container.querySelectorAll('.nc-hl-ref')].map((ref) => ref.textContent)).toEqual(['✓1', '✗2', '✗3']);
    const marks = [...container.querySelectorAll('[data-highlight]')].map((m) => [
      m.getAttribute('data-highlight'),
      m.textContent,
    ]);
    expect(marks).toEqual([
      // One word of markup is not a phrase on its own: the strength widens to its clause.
      ['strength', 'Hi <b>Ana</b>'],
      ['problem', '<script>alert(1)</script>'],
      ['problem', 'add me'],
    ]);
    const list = [...container.querySelectorAll('.nc-hl-list li')].map((li) => li.textContent?.replace(/\s+/g, ' '));
    expect(list).toEqual([
      '✓ Strength: “Hi <b>Ana</b>”: Their name.',
      '✗ Problem: “<script>alert(1)</script>”: Code, not words.',
      '✗ Problem: “add me”: A bare ask.',
    ]);
  });

  it('shows what changed at the last pause, and the points taken off in the details', () => {
    show(result, 'Now says why: +20, to 55 of 100.');
    expect(screen.getByText(/Now says why: \+20/).textContent).toContain('Since your last pause:');
    expect(screen.getByText(/Asks with no context/).textContent).toContain('−10');
  });

  it('says “can’t judge” for a note in another language, with no score, reasons or colour', () => {
    const { container } = show({
      ...result,
      flags: ['not-english'],
      summary: 'The checker reads English only, so it can’t say how this note will land.',
    });
    const verdict = container.querySelector('[data-verdict]');
    expect(verdict?.getAttribute('data-verdict')).toBe('unjudged');
    expect(verdict?.textContent).toBe('Can’t judge');
    expect(container.textContent).not.toMatch(/score/);
    expect(container.querySelector('.nc-reasons')).toBeNull();
    expect(container.querySelector('.nc-verdict-unjudged')).not.toBeNull();
  });

  it('says a wrong name first', () => {
    const { container } = show({
      ...result,
      flags: ['wrong-name'],
      summary: 'You greet “Ana”, but you are writing to “Sam”.',
    });
    expect(container.querySelector('.nc-feedback')?.firstElementChild?.textContent).toBe(
      '✗ Wrong name. You greet “Ana”, but you are writing to “Sam”.',
    );
  });
});
