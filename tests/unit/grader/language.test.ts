import { describe, expect, it } from 'vitest';
import { gradeNote } from '../../../src/lib/grader/grade-note.ts';

describe('notes not in English', () => {
  it.each([
    'Hallo Jonas, wir haben uns beim Hamburger Tech-Meetup kennengelernt. Ich würde mich freuen, in Kontakt zu bleiben.',
    'Bonjour Claire, nous nous sommes rencontrées au salon VivaTech. Au plaisir d’échanger !',
    'Hola Marta, me gustaría conectar contigo porque estoy aprendiendo sobre diseño de producto.',
    'こんにちは、先日の勉強会でお会いしました。よろしくお願いします。',
    'Здравствуйте, Анна! Мы познакомились на конференции в Москве.',
  ])('says it reads English only instead of pretending: %j', (text) => {
    const result = gradeNote(text);
    expect(result.flags).toContain('not-english');
    expect(result.verdict).toBe('needs-work');
    expect(result.summary).toContain('English only');
    expect(result.criteria.filter((c) => c.id !== 'length').every((c) => c.message.includes('English only'))).toBe(
      true,
    );
  });

  it('still judges what it can: a placeholder, the length', () => {
    const result = gradeNote(
      'Hallo {{first_name}}, ich möchte Sie gerne kennenlernen und mit Ihnen über die Zukunft sprechen.',
    );
    expect(result.flags).toEqual(expect.arrayContaining(['not-english', 'placeholder']));
    expect(result.verdict).toBe('lazy');
    expect(gradeNote('Hallo Jonas, wir haben uns kennengelernt und ich freue mich. '.repeat(5)).flags).toContain(
      'over-limit',
    );
  });

  it('does not mistake foreign names and places in an English note for another language', () => {
    const result = gradeNote(
      'Hi José, we met at Café Müller in München last week. I’m moving to Berlin and would love to hear how you found your flat.',
    );
    expect(result.flags).not.toContain('not-english');
    expect(result.verdict).toBe('thoughtful');
  });
});
