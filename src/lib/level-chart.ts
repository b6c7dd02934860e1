import { format, t, type Locale } from '../i18n';
import { summariseLevel, type MatrixLevel } from './requirement-matrix';
import { cellWords, type WordsContext } from './requirement-words';

/**
 * The small chart on a role page: how experience, education and the number of tasks grow from
 * level to level. One panel per measure, one bar per level, each bar with its value in words
 * beside it, so nothing is told by length or colour alone. The page draws the SVG from the
 * layout computed here; the same words make the text alternative.
 */

export const chartMeasures = ['experience', 'education', 'tasks'] as const;
export type ChartMeasure = (typeof chartMeasures)[number];

export interface ChartPoint {
  readonly level: number;
  /** Length of the bar, on the panel's scale from 0 to `max`. */
  readonly value: number;
  /** The value in words: "3 (liknande)", "Högskola (inom området)", "8". */
  readonly words: string;
}

export interface ChartPanel {
  readonly measure: ChartMeasure;
  readonly title: string;
  /** The value of a full-length bar. */
  readonly max: number;
  readonly points: ReadonlyArray<ChartPoint>;
  /** The whole panel in one sentence, for readers who do not see the chart. */
  readonly sentence: string;
}

export interface ChartLevel extends MatrixLevel {
  readonly tasks: ReadonlyArray<unknown>;
}

/** Education on a scale of 0 (none) to 4 (higher education in a named field); see optionRank. */
const EDUCATION_MAX = 4;

/** The chart's panels for a role's levels, lowest level first. */
export function levelChart(levels: ReadonlyArray<ChartLevel>, lang: Locale, context: WordsContext): ChartPanel[] {
  if (levels.length === 0) throw new Error('A chart needs at least one level');
  const m = t(lang);
  const rows = levels.map((level) => ({ level, row: summariseLevel(level.requirements) }));

  const experience = rows.map(({ level, row }) => ({
    level: level.level,
    value: row.experience.sortKey,
    words: cellWords(row.experience, lang, context),
  }));
  const education = rows.map(({ level, row }) => ({
    level: level.level,
    value: row.education.sortKey,
    words: cellWords(row.education, lang, context),
  }));
  const tasks = levels.map((level) => ({ level: level.level, value: level.tasks.length, words: String(level.tasks.length) }));

  const panel = (measure: ChartMeasure, title: string, max: number, points: ChartPoint[]): ChartPanel => ({
    measure,
    title,
    max: Math.max(max, 1),
    points,
    sentence: format(m.chartSentence, {
      measure: title,
      values: points.map((p) => format(m.chartValue, { level: format(m.chartLevel, { n: p.level }), value: p.words })).join(', '),
    }),
  });

  return [
    panel('experience', m.chartExperienceTitle, Math.max(...experience.map((p) => p.value)), experience),
    panel('education', m.chartEducationTitle, EDUCATION_MAX, education),
    panel('tasks', m.chartTasksTitle, Math.max(...tasks.map((p) => p.value)), tasks),
  ];
}

/** Splits text into lines of at most `width` characters, at spaces; a longer word gets a line of its own. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface ChartRowLayout {
  readonly level: number;
  /** The level's name ("Nivå 2") and the value's words, in lines that fit the panel. */
  readonly lines: ReadonlyArray<{ readonly y: number; readonly label?: string; readonly text: string }>;
  readonly barY: number;
  readonly barWidth: number;
}

export interface PanelLayout {
  readonly width: number;
  readonly height: number;
  readonly trackX: number;
  readonly trackWidth: number;
  readonly barHeight: number;
  readonly rows: ReadonlyArray<ChartRowLayout>;
}

export interface LayoutOptions {
  /** Width of the drawing, in SVG units (about pixels at its natural size). */
  readonly width: number;
  /** Characters that fit on a line of text. */
  readonly lineChars: number;
  readonly lineHeight: number;
  readonly barHeight: number;
  readonly gap: number;
}

export const defaultLayout: LayoutOptions = { width: 320, lineChars: 38, lineHeight: 18, barHeight: 14, gap: 12 };

/** Where each line of text and each bar goes. Text sits above its bar; baselines are `y`. */
export function layoutPanel(panel: ChartPanel, lang: Locale, options: LayoutOptions = defaultLayout): PanelLayout {
  const m = t(lang);
  const trackX = 1;
  const trackWidth = options.width - 2;
  let y = 0;
  const rows = panel.points.map((point) => {
    const label = `${format(m.levelNumber, { n: point.level })}:`;
    const [first = '', ...rest] = wrapWords(`${label} ${point.words}`, options.lineChars);
    const lines = [first, ...rest].map((line, index) => {
      y += options.lineHeight;
      return index === 0 ? { y: y - 4, label, text: line.slice(label.length).trimStart() } : { y: y - 4, text: line };
    });
    const barY = y + 2;
    y = barY + options.barHeight + options.gap;
    const share = Math.min(Math.max(point.value / panel.max, 0), 1);
    return { level: point.level, lines, barY, barWidth: Math.round(share * trackWidth * 10) / 10 };
  });
  return { width: options.width, height: y - options.gap + 2, trackX, trackWidth, barHeight: options.barHeight, rows };
}
