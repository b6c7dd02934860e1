import * as z from 'zod/mini';
import { educationLevels, lawLevels, namedEducationFields, skillLevels, skills } from '../criteria/vocabulary';
import { MAX_YEARS, type Answers } from './answers';

/**
 * The answer model as a Zod schema: what every parse of the address must satisfy. The tests
 * check the parser against it; the browser does not load it.
 */

/** Years, 0 to 60; decimals are fine (2.5). */
export const years = z.number().check(z.minimum(0), z.maximum(MAX_YEARS));

export const answersSchema = z.object({
  education: z.enum(['none', ...educationLevels]),
  higherFields: z.array(z.enum(namedEducationFields)),
  fieldTraining: z.record(z.string(), z.enum(['training', 'higher'])),
  inRole: z.record(z.string(), years),
  similarWork: z.record(z.string(), years),
  publicSector: z.boolean(),
  skills: z.partialRecord(z.enum(skills), z.enum(skillLevels)),
  laws: z.record(z.string(), z.enum(lawLevels)),
  drivingLicence: z.boolean(),
});

/** The schema and the type describe the same model. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree: Same<z.infer<typeof answersSchema>, Answers> = true;
void agree;
