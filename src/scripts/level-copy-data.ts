/** What a level page's copy widget gets from the page (<WidgetData>), shared by page and script. */
export interface LevelCopyData {
  /** Per language of the copied text: the requirements only, and everything. */
  readonly texts: Readonly<Record<string, { readonly requirements: string; readonly all: string }>>;
  readonly done: string;
  readonly failed: string;
  /** "The link to {item} is copied." */
  readonly linkDone: string;
  /** The button's word for a moment after copying. */
  readonly linkCopied: string;
}
