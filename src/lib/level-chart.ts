import { format, t, type Locale } from '../i18n';
import {
  alternatives,
  columnOf,
  optionRank,
  educationOf,
  type EducationAtom,
  type ExperienceAtom,
  type MatrixLevel,
  type PlainCriterion,
} from './requirement-matrix';
import { educationWords, experienceWords, type WordsContext } from './requirement-words';

/**
 * The small chart on a role page: the education and experience each level asks for, as the
 * requirement really is. A level that can be reached in more than one way ("högskola and 3 years
 * of similar work, or gymnasium and 5 years as ekonomiassistent") shows each way as an option of
 * its own, lettered A, B, with both its bars, so no bar mixes halves of two ways. Every option
 * has its value in words beside its bars; the same words make the text alternative.
 */

/** One way into a level, as far as education and experience go. */
export interface ChartOption {
  /** "A", "B" when the level has several ways in; undefined when it has one. */
  readonly letter: string | undefined;
  /** "Högskola (ekonomi) och 3 år i liknande arbete". */
  readonly words: string;
  /** Education on a scale of 0 (none) to EDUCATION_MAX; see optionRank. */
  readonly education: number;
  /** The most years of experience the way asks for, 0 for none. */
  readonly years: number;
}

export interface ChartRow {
  readonly level: number;
  readonly options: ReadonlyArray<ChartOption>;
  /** The level in one sentence: "Nivå 2: antingen A: … eller B: …". */
  readonly sentence: string;
}

export interface Chart {
  readonly rows: ReadonlyArray<ChartRow>;
  /** The most years any option asks for: a full-length experience bar. */
  readonly maxYears: number;
}

/** Education on a scale of 0 (none) to 4 (higher education in a named field); see optionRank. */
export const EDUCATION_MAX = 4;

const letters = 'ABCDEFGH';

function optionKey(option: ReadonlyArray<PlainCriterion>): string {
  return JSON.stringify(option.map((criterion) => JSON.stringify(criterion)).sort());
}

/** The ways into a level, kept to education and experience, without repeats, most education first. */
export function educationAndExperience(level: MatrixLevel): PlainCriterion[][] {
  const seen = new Map<string, PlainCriterion[]>();
  for (const way of alternatives(level.requirements.map((requirement) => requirement.criterion))) {
    const option = way.filter((criterion) => columnOf(criterion) === 'education' || columnOf(criterion) === 'experience');
    seen.set(optionKey(option), option);
  }
  const rank = (option: PlainCriterion[]) =>
    optionRank('education', option.filter((c) => columnOf(c) === 'education')) * 100 + optionRank('experience', option.filter((c) => c.kind === 'experience'));
  return [...seen.values()].sort((a, b) => rank(b) - rank(a));
}

/** The chart's rows for a role's levels, lowest level first. */
export function levelChart(levels: ReadonlyArray<MatrixLevel>, lang: Locale, context: WordsContext): Chart {
  if (levels.length === 0) throw new Error('A chart needs at least one level');
  const m = t(lang);
  const rows = levels.map((level): ChartRow => {
    const ways = educationAndExperience(level);
    const options = ways.map((way, index): ChartOption => {
      const education = way.filter((c): c is EducationAtom => columnOf(c) === 'education');
      const experience = way.filter((c): c is ExperienceAtom => c.kind === 'experience');
      const educationText = education.length > 0 ? educationWords(educationOf(education), m, lang) : '';
      const experienceText = experience.map((atom) => experienceWords(atom, m, lang, context)).join(` ${m.critAnd} `);
      const words =
        educationText && experienceText
          ? format(m.chartOption, { education: educationText, experience: experienceText })
          : educationText || experienceText || m.matrixNone;
      return {
        letter: ways.length > 1 ? letters[index] : undefined,
        words,
        education: optionRank('education', education),
        years: optionRank('experience', experience),
      };
    });
    const said = options.map((option) => (option.letter ? format(m.chartOptionLetter, { letter: option.letter, words: option.words }) : option.words));
    const value = said.length > 1 ? format(m.chartEither, { options: said.join(m.chartOr) }) : (said[0] ?? m.matrixNone);
    return {
      level: level.level,
      options,
      sentence: format(m.chartValue, { level: format(m.levelNumber, { n: level.level }), value }),
    };
  });
  const maxYears = Math.max(1, ...rows.flatMap((row) => row.options.map((option) => option.years)));
  return { rows, maxYears };
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

export interface BarLayout {
  readonly label: string;
  /** Baseline of the label, left of the bar. */
  readonly labelY: number;
  readonly y: number;
  readonly width: number;
}

export interface OptionLayout {
  /** The option's words, in lines that fit the panel; the first starts with its letter. */
  readonly lines: ReadonlyArray<{ readonly y: number; readonly letter?: string; readonly text: string }>;
  readonly bars: ReadonlyArray<BarLayout>;
}

export interface PanelLayout {
  readonly width: number;
  readonly height: number;
  readonly trackX: number;
  readonly trackWidth: number;
  readonly barHeight: number;
  readonly options: ReadonlyArray<OptionLayout>;
}

export interface LayoutOptions {
  /** Width of the drawing, in SVG units (about pixels at its natural size). */
  readonly width: number;
  /** Characters that fit on a line of text. */
  readonly lineChars: number;
  readonly lineHeight: number;
  readonly barHeight: number;
  readonly gap: number;
  /** Room for the bars' labels ("Utbildning") left of the bars. */
  readonly labelWidth: number;
}

export const defaultLayout: LayoutOptions = { width: 320, lineChars: 38, lineHeight: 18, barHeight: 10, gap: 14, labelWidth: 84 };

/** Where each line of text and each bar of one level's panel goes. Text sits above its bars; baselines are `y`. */
export function layoutLevel(row: ChartRow, chart: Chart, lang: Locale, options: LayoutOptions = defaultLayout): PanelLayout {
  const m = t(lang);
  const trackX = options.labelWidth;
  const trackWidth = options.width - options.labelWidth - 1;
  const share = (value: number, max: number) => Math.round(Math.min(Math.max(value / max, 0), 1) * trackWidth * 10) / 10;
  let y = 0;
  const laid = row.options.map((option) => {
    const prefix = option.letter ? `${option.letter}:` : '';
    const [first = '', ...rest] = wrapWords(prefix ? `${prefix} ${option.words}` : option.words, options.lineChars);
    const lines = [first, ...rest].map((line, index) => {
      y += options.lineHeight;
      return index === 0 && prefix ? { y: y - 4, letter: prefix, text: line.slice(prefix.length).trimStart() } : { y: y - 4, text: line };
    });
    const bars = [
      { label: m.chartEducationBar, value: share(option.education, EDUCATION_MAX) },
      { label: m.chartExperienceBar, value: share(option.years, chart.maxYears) },
    ].map((bar) => {
      const barY = y + 4;
      y = barY + options.barHeight;
      return { label: bar.label, labelY: barY + options.barHeight - 1, y: barY, width: bar.value };
    });
    y += options.gap;
    return { lines, bars };
  });
  return { width: options.width, height: y - options.gap + 2, trackX, trackWidth, barHeight: options.barHeight, options: laid };
}
