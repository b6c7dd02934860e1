import { spans, type Block, type DocumentModel, type ListBlock, type RichText } from './model';

/**
 * Renders a document model as HTML for a preview on the page, which the site's print styles
 * turn into the printed (or PDF) document. Every text is escaped. The document's title is an
 * `<h{titleLevel}>` and its headings follow one step below each, so the preview fits into the
 * page's own outline (title level 2 under the page's `<h1>`).
 */

export interface HtmlOptions {
  /** The heading level of the document's title: 1 for a page of its own, 2 inside a page. */
  readonly titleLevel?: 1 | 2 | 3;
}

export function documentHtml(model: DocumentModel, options: HtmlOptions = {}): string {
  const titleLevel = options.titleLevel ?? 1;
  const parts: string[] = [`<h${titleLevel} class="document-title">${escapeHtml(model.title)}</h${titleLevel}>`];
  if (model.meta.length > 0) {
    parts.push('<dl class="document-meta">');
    for (const line of model.meta) {
      parts.push(
        line.label
          ? `<div><dt>${escapeHtml(line.label)}</dt><dd>${escapeHtml(line.value)}</dd></div>`
          : `<div><dd>${escapeHtml(line.value)}</dd></div>`,
      );
    }
    parts.push('</dl>');
  }
  for (const item of model.blocks) parts.push(blockHtml(item, titleLevel));
  return `<article class="document" lang="${model.language}">${parts.join('')}</article>`;
}

function blockHtml(item: Block, titleLevel: number): string {
  switch (item.kind) {
    case 'heading': {
      const level = Math.min(titleLevel + item.level, 6);
      return `<h${level}>${escapeHtml(item.text)}</h${level}>`;
    }
    case 'paragraph':
      return item.small ? `<p class="document-small">${inline(item.text)}</p>` : `<p>${inline(item.text)}</p>`;
    case 'list':
      return listHtml(item);
  }
}

function listHtml(list: ListBlock): string {
  const tag = list.style === 'bullet' ? 'ul' : 'ol';
  const items = list.items.map((item) => {
    const ref = item.ref ? ` <span class="document-ref">${escapeHtml(item.ref)}</span>` : '';
    const details = item.details?.length ? `<ul>${item.details.map((d) => `<li>${inline(d)}</li>`).join('')}</ul>` : '';
    return `<li>${inline(item.text)}${ref}${details}</li>`;
  });
  return `<${tag}>${items.join('')}</${tag}>`;
}

function inline(text: RichText): string {
  return spans(text)
    .map((span) => {
      let html = escapeHtml(span.text).replace(/\n/g, '<br>');
      if (span.emphasis) html = `<em>${html}</em>`;
      if (span.strong) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

/** Escapes text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
