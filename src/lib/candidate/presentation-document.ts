import { block, type DocumentLanguage, type DocumentModel } from '../documents/model';
import type { Presentation } from './presentation';

/** A candidate presentation as the site's one document model: Word, printed preview and text say the same. */
export function presentationDocument(presented: Presentation, language: DocumentLanguage): DocumentModel {
  const blocks = [
    block.paragraph(presented.summary),
    block.heading(1, presented.requirementsHeading),
    block.numbered(
      presented.requirements.map((requirement) => ({
        text: requirement.text,
        details: [requirement.verdict, ...requirement.evidence, ...(requirement.source ? [requirement.source] : [])],
      })),
    ),
  ];
  if (presented.jobs.length > 0) blocks.push(block.heading(1, presented.jobsHeading), block.bullets(presented.jobs));
  if (presented.education) blocks.push(block.heading(1, presented.educationHeading), block.paragraph(presented.education));
  blocks.push(block.paragraph(presented.sourceLine, true));
  return { language, title: presented.title, meta: presented.meta, blocks };
}
