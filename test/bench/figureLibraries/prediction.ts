// The shape both extractors are reduced to for scoring: one predicted figure per line segment,
// with the extractor's own item object so a figure spanning lines counts once.
export interface PredictedItem { text: string; value: number | null }

export interface Prediction {
  /** 1-based line, as in gold-figures.json. */
  line: number;
  /** [start, end) UTF-16 offsets within the line. */
  span: [number, number];
  item: PredictedItem;
}

/** An extractor under comparison: whole file text in, predicted figures out. */
export interface FigureExtractor {
  name: string;
  extract(text: string): Prediction[];
  /** The work timed for throughput (may skip scoring-only bookkeeping). */
  run(text: string): void;
}
