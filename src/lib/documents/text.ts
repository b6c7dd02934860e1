import { plainText, type DocumentModel, type RichText } from './model';

/**
 * Writes a document model as plain text for the clipboard or a .txt file: the title underlined,
 * the metadata lines, headings in capitals for the top level, "•" and "1." lists, each item on
 * one line (line breaks inside it folded), its reference on the next line.
 */
export function documentText(model: DocumentModel): string {
  const lines: string[] = [model.title, '='.repeat(Math.min(model.title.length, 72))];
  for (const line of model.meta) lines.push(line.label ? `${line.label}: ${oneLine(line.value)}` : oneLine(line.value));

  for (const item of model.blocks) {
    switch (item.kind) {
      case 'heading': {
        lines.push('');
        if (item.level === 1) lines.push(item.text.toLocaleUpperCase(), '-'.repeat(Math.min(item.text.length, 72)));
        else lines.push(`${item.text}`);
        break;
      }
      case 'paragraph': {
        lines.push('', oneLine(item.text));
        break;
      }
      case 'list': {
        lines.push('');
        item.items.forEach((entry, index) => {
          const marker = item.style === 'bullet' ? '•' : `${index + 1}.`;
          const indent = ' '.repeat(marker.length + 1);
          lines.push(`${marker} ${oneLine(entry.text)}`);
          if (entry.ref) lines.push(`${indent}[${entry.ref}]`);
          for (const detail of entry.details ?? []) lines.push(`${indent}– ${oneLine(detail)}`);
        });
        break;
      }
    }
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

/** Folds line breaks and runs of spaces, so every item stays one line. */
function oneLine(text: RichText): string {
  return plainText(text).replace(/\s+/g, ' ').trim();
}
