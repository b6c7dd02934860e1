/**
 * The one convention for the site's browser widgets, after Starlight's custom elements:
 *
 * - Each widget is a custom element, `<kk-name>`, wrapping markup that the page renders at
 *   build time. Its script (`src/scripts/name.ts`) defines a class that extends `Widget` and
 *   registers it with `defineWidget('kk-name', Class)`; the page imports that script in a
 *   `<script>` (bundled as a file under `_astro/`, so the strict CSP holds).
 * - Text and data reach the widget one way: a `<WidgetData data={…} />` child (a
 *   `<script type="application/json" data-widget-data>`), read with `this.data<T>()`.
 *   Placeholders in its text are filled with `fill` from `src/lib/widget/text.ts`.
 * - What only works with a script carries `data-needs-script`; a note for readers without a
 *   script carries `data-without-script`. The stylesheet shows each in its case from the first
 *   paint, so nothing shifts when the script starts.
 * - Logic worth a test lives in `src/lib/` as pure functions; the class only reads the DOM,
 *   calls lib and writes the DOM, in small named methods.
 */

export abstract class Widget extends HTMLElement {
  /** Set once the widget has started, so moving the element in the DOM does not start it twice. */
  #started = false;

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    this.start();
  }

  /** Called once, when the element is first in the document. */
  protected abstract start(): void;

  /** The widget's text and data, from its `<WidgetData>` child. */
  protected data<T>(): T {
    const element = this.querySelector(':scope > script[data-widget-data]');
    if (!element?.textContent) throw new Error(`${this.localName}: no <script data-widget-data> child`);
    return JSON.parse(element.textContent) as T;
  }

  /**
   * The one element inside the widget that matches, or an error naming what is missing. (Not
   * called `part`: that name is the element's own `part` attribute list, for CSS `::part()`.)
   */
  protected find<E extends Element = HTMLElement>(selector: string): E {
    const found = this.querySelector<E>(selector);
    if (!found) throw new Error(`${this.localName}: no element for ${selector}`);
    return found;
  }
}

/** Registers a widget once, even if its script is bundled into two pages' chunks. */
export function defineWidget(tag: `kk-${string}`, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
