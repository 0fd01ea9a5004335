import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { finalQuizPool } from '../../lib/quiz.ts';
import { bankFromEntries } from '../../lib/schemas/question-schema.ts';

/**
 * The questions the final quiz may draw, as JSON for its island, which draws in the browser. Self-check
 * questions are left out: the quiz never asks them, so the browser need not fetch them.
 */
export const GET: APIRoute = async () =>
  Response.json(finalQuizPool(bankFromEntries(await getCollection('questions'), await getCollection('lessons'))));
