import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { bankFromEntries } from '../../lib/schemas/question-schema.ts';

/** The question bank as JSON for the final quiz island, which draws from it in the browser. */
export const GET: APIRoute = async () => Response.json(bankFromEntries(await getCollection('questions')));
